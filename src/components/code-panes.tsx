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
export function CodePanes(props: CodePanesProps) {
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  return wide ? <WidePanes {...props} /> : <StackedPanes {...props} />;
}
