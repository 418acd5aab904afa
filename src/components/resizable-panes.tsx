import { Fragment, useLayoutEffect } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { DEFAULT_LAYOUT, PANES, paneGroupId, type ResizablePanesProps } from './pane-layout';
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
      {PANES.map((pane) => (
        <Fragment key={pane.id}>
          <Panel
            id={pane.id}
            className={pane.className}
            defaultSize={percent(DEFAULT_LAYOUT[pane.id])}
            minSize={pane.minSize}
          >
            <PaneSlot node={nodes[pane.node]} />
          </Panel>
          {pane.separator && <Separator className="pane-separator" aria-label={pane.separator} />}
        </Fragment>
      ))}
    </Group>
  );
}
