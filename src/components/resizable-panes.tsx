import { useLayoutEffect } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { DEFAULT_LAYOUT, paneGroupId, type ResizablePanesProps } from './pane-layout';
import { PaneSlot } from './pane-slot';

const percent = (size: number) => `${size}%`;

/**
 * The wide layout with draggable, keyboard-operable separators (react-resizable-panels, its own
 * chunk: WidePanes loads it after the page's first paint). Sizes are kept in localStorage.
 */
export function ResizablePanes({ layoutId, nodes, onShown }: ResizablePanesProps) {
  const id = paneGroupId(layoutId);
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id, storage: localStorage });
  useLayoutEffect(onShown, [onShown]);
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
        defaultSize={percent(DEFAULT_LAYOUT['pane-statement'])}
        minSize="18%"
      >
        <PaneSlot node={nodes.statement} />
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the statement and the editor" />
      <Panel
        id="pane-code"
        className="pane pane-code"
        defaultSize={percent(DEFAULT_LAYOUT['pane-code'])}
        minSize="25%"
      >
        <PaneSlot node={nodes.code} />
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the editor and the results" />
      <Panel
        id="pane-results"
        className="pane"
        defaultSize={percent(DEFAULT_LAYOUT['pane-results'])}
        minSize="15%"
      >
        <PaneSlot node={nodes.results} />
      </Panel>
    </Group>
  );
}
