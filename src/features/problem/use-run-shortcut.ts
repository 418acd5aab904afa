import { useEffect, useEffectEvent } from 'react';

/**
 * Ctrl+Enter (Cmd+Enter on macOS) anywhere on the page runs the tests. Monaco handles the same
 * keys itself and marks the event handled, so a press inside the editor does not run twice.
 */
export function useRunShortcut(onRun: () => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented)
      return;
    event.preventDefault();
    onRun();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
