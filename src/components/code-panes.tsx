import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useMediaQuery } from '../lib/use-media-query';
import type { CodePanesProps } from './code-panes-props';
import { StackedPanes } from './stacked-panes';
import './code-panes.css';

/** Wide enough for three panes side by side; below it the panes stack as tabs. */
export const WIDE_LAYOUT_QUERY = '(min-width: 900px)';

/** Panel sizes in percent: statement | editor | results. */
const DEFAULT_SIZES = { statement: '30%', code: '44%', results: '26%' } as const;

/**
 * The coding workspace: statement | editor | results in resizable panes (sizes kept in
 * localStorage) on wide screens; a pinned toolbar over Problem / Code / Results tabs on narrow ones.
 */
export function CodePanes(props: CodePanesProps) {
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  if (!wide) return <StackedPanes {...props} />;
  // The resizing library measures with ResizeObserver; without one the panes keep their sizes.
  return typeof ResizeObserver === 'undefined' ? (
    <FixedPanes {...props} />
  ) : (
    <WidePanes {...props} />
  );
}

function FixedPanes({ statement, toolbar, editor, results }: CodePanesProps) {
  return (
    <div className="code-panes code-panes-fixed">
      <div className="pane">{statement}</div>
      <div className="pane pane-code">
        {toolbar}
        {editor}
      </div>
      <div className="pane">{results}</div>
    </div>
  );
}

function WidePanes({ layoutId, statement, toolbar, editor, results }: CodePanesProps) {
  const id = `mockround-panes-${layoutId}`;
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id, storage: localStorage });
  return (
    <Group
      id={id}
      className="code-panes"
      orientation="horizontal"
      defaultLayout={defaultLayout}
      onLayoutChanged={onLayoutChanged}
    >
      <Panel
        id="pane-statement"
        className="pane"
        defaultSize={DEFAULT_SIZES.statement}
        minSize="18%"
      >
        {statement}
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the statement and the editor" />
      <Panel
        id="pane-code"
        className="pane pane-code"
        defaultSize={DEFAULT_SIZES.code}
        minSize="25%"
      >
        {toolbar}
        {editor}
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the editor and the results" />
      <Panel id="pane-results" className="pane" defaultSize={DEFAULT_SIZES.results} minSize="15%">
        {results}
      </Panel>
    </Group>
  );
}
