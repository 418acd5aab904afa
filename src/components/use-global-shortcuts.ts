import { useEffect, useEffectEvent } from 'react';
import { SHORTCUTS, shortcutTarget } from './shortcuts';

/** True while the user types text (a field or the editor): "?" is a character there. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    !!target.closest('.monaco-editor')
  );
}

/**
 * The page-wide shortcuts (see shortcuts.ts), and "?" to open the list. Listens in the capture
 * phase so they work inside the editor too, except Ctrl+Enter in a text field or the editor,
 * which they handle themselves.
 */
export function useGlobalShortcuts(onHelp: () => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    // A dialog that is open has the keyboard to itself.
    if (event.defaultPrevented || event.repeat || document.querySelector('[aria-modal="true"]'))
      return;
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (typing(event.target)) return;
      event.preventDefault();
      onHelp();
      return;
    }
    const shortcut = SHORTCUTS.find((s) => s.matches(event));
    if (!shortcut) return;
    // Ctrl+Enter in a text field is the field's own (Add note); in the editor Monaco runs it.
    if (shortcut.action === 'run' && typing(event.target)) return;
    const target = shortcutTarget(shortcut.action);
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) target.focus();
    else target.click();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);
}
