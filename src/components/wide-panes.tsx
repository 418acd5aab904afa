import { Fragment, lazy, memo, Suspense, useCallback, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { createPortal } from 'react-dom';
import type { CodePanesProps } from './code-panes-props';
import {
  PANES,
  savedLayout,
  type PaneLayout,
  type PaneNodes,
  type ResizablePanesProps,
} from './pane-layout';
import { PaneSlot } from './pane-slot';

// Not downloaded (offline before the chunk was cached): nothing takes over, the panes keep the
// sizes they were painted at.
const ResizablePanes = lazy<ComponentType<ResizablePanesProps>>(() =>
  import('./resizable-panes').then(
    (module) => ({ default: module.ResizablePanes }),
    () => ({ default: () => null }),
  ),
);

/** Runs `task` after the next frame is painted (a frame, then a task). */
function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

// Once the library has taken over a workspace, later ones (another problem, a round) use it at once.
let loadedBefore = false;

/**
 * Whether to render the resizing library: after the page's first paint (the problem shows
 * without it). Without ResizeObserver (which the library measures with) never.
 */
function useWantResizable(): boolean {
  const [want, setWant] = useState(loadedBefore);
  useEffect(() => {
    if (want || typeof ResizeObserver === 'undefined') return;
    return afterPaint(() => setWant(true));
  }, [want]);
  return want;
}

function newPaneNode(): HTMLElement {
  const node = document.createElement('div');
  node.className = 'pane-body';
  return node;
}

/** The panes at the saved sizes without the library: what the page first paints. */
function StaticPanes({ layout, nodes }: { layout: PaneLayout; nodes: PaneNodes }) {
  return (
    <div className="code-panes code-panes-static">
      {PANES.map((pane) => (
        <Fragment key={pane.id}>
          <div className="pane-box" style={{ flexGrow: layout[pane.id] }}>
            <div className={pane.className}>
              <PaneSlot node={nodes[pane.node]} />
            </div>
          </div>
          {pane.separator && <div className="pane-separator" />}
        </Fragment>
      ))}
    </div>
  );
}

/**
 * The wide layout: statement | editor | results side by side. The page first paints the panes
 * at their saved sizes; the resizing library (~16 kB gzip) comes after that paint and takes
 * over in one commit, the content moved, not remounted (the editor keeps its text, focus and
 * selection).
 */
function WidePanesLayout({ layoutId, statement, toolbar, editor, results }: CodePanesProps) {
  const [nodes] = useState<PaneNodes>(() => ({
    statement: newPaneNode(),
    code: newPaneNode(),
    results: newPaneNode(),
  }));
  const [layout] = useState(() => savedLayout(layoutId));
  const wantResizable = useWantResizable();
  const [handedOver, setHandedOver] = useState(false);
  const onShown = useCallback(() => {
    loadedBefore = true;
    setHandedOver(true);
  }, []);
  return (
    <>
      {!handedOver && <StaticPanes layout={layout} nodes={nodes} />}
      {wantResizable && (
        <Suspense fallback={null}>
          <ResizablePanes layoutId={layoutId} nodes={nodes} onShown={onShown} />
        </Suspense>
      )}
      {createPortal(statement, nodes.statement)}
      {createPortal(
        <>
          {toolbar}
          {editor}
        </>,
        nodes.code,
      )}
      {createPortal(results, nodes.results)}
    </>
  );
}

/** Memoised: it re-renders only when a pane's content or the layout id changes. */
export const WidePanes = memo(WidePanesLayout);
