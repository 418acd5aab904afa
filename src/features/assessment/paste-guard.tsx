import { useEffect, useRef, type ReactNode } from 'react';

interface PasteGuardProps {
  /** When false, pastes go through untouched. */
  active: boolean;
  /** Called once per refused paste. */
  onRefused: () => void;
  /** The wrapper's class: it takes the place of the editor's frame in the layout. */
  className: string;
  children: ReactNode;
}

/**
 * Refuses pastes (and dropped text) into what it wraps. The listener runs in the capture phase
 * on the wrapper, so the event is stopped before the editor's own input element sees it.
 */
export function PasteGuard({ active, onRefused, className, children }: PasteGuardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const refusedRef = useRef(onRefused);
  useEffect(() => {
    refusedRef.current = onRefused;
  });
  useEffect(() => {
    const node = ref.current;
    if (!active || !node) return;
    const refuse = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
      refusedRef.current();
    };
    node.addEventListener('paste', refuse, true);
    node.addEventListener('drop', refuse, true);
    return () => {
      node.removeEventListener('paste', refuse, true);
      node.removeEventListener('drop', refuse, true);
    };
  }, [active]);
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
