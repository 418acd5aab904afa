import { useMediaQuery } from '../lib/use-media-query';
import type { CodePanesProps } from './code-panes-props';
import { StackedPanes } from './stacked-panes';
import { WidePanes } from './wide-panes';
import './code-panes.css';

/** Wide enough for three panes side by side; below it the panes stack as tabs. */
export const WIDE_LAYOUT_QUERY = '(min-width: 900px)';

/**
 * The coding workspace: statement | editor | results in resizable panes (sizes kept in
 * localStorage) on wide screens; a pinned toolbar over Problem / Code / Results tabs on narrow ones.
 */
export function CodePanes({ running, ...panes }: CodePanesProps) {
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  // The wide layout does not depend on `running`: without it, a run starting or ending leaves
  // the memoised wide panes (and the pane library) alone when the contents are unchanged.
  return wide ? <WidePanes {...panes} /> : <StackedPanes {...panes} running={running} />;
}
