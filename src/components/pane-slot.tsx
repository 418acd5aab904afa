import { useLayoutEffect, useRef } from 'react';
import { moveKeepingFocus } from '../lib/move-keeping-focus';

/**
 * Where a pane's content (`node`, kept by WidePanes) sits in the current layout. The content is
 * moved here, not rendered here: swapping the layout around it never remounts the editor.
 */
export function PaneSlot({ node }: { node: HTMLElement }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) moveKeepingFocus(ref.current, node);
  }, [node]);
  return <div ref={ref} className="pane-slot" />;
}
