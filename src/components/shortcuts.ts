/**
 * The app's keyboard shortcuts. A control opts in with `data-shortcut="<action>"`: the shortcut
 * presses the first such control that is shown and enabled (or focuses it, for a text field).
 * Ctrl stands for ⌘ on macOS.
 */
export type ShortcutAction = 'run' | 'submit' | 'stop' | 'note' | 'next';

export interface Shortcut {
  action: ShortcutAction;
  label: string;
  keys: string;
  matches: (event: KeyboardEvent) => boolean;
}

const ctrlOrMeta = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const altShift = (e: KeyboardEvent, code: string) =>
  e.altKey && e.shiftKey && !ctrlOrMeta(e) && e.code === code;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'run',
    label: 'Run the visible tests',
    keys: 'Ctrl + Enter',
    matches: (e) => ctrlOrMeta(e) && !e.shiftKey && !e.altKey && e.key === 'Enter',
  },
  {
    action: 'submit',
    label: 'Submit (hidden tests too)',
    keys: 'Ctrl + Shift + Enter',
    matches: (e) => ctrlOrMeta(e) && e.shiftKey && !e.altKey && e.key === 'Enter',
  },
  {
    action: 'stop',
    label: 'Stop a run',
    keys: 'Alt + Shift + S',
    matches: (e) => altShift(e, 'KeyS'),
  },
  {
    action: 'note',
    label: 'Add a note (in a round)',
    keys: 'Alt + Shift + N',
    matches: (e) => altShift(e, 'KeyN'),
  },
  {
    action: 'next',
    label: "Next phase (Start coding, I'm done, Reveal…)",
    keys: 'Alt + Shift + Enter',
    matches: (e) => e.altKey && e.shiftKey && !ctrlOrMeta(e) && e.key === 'Enter',
  },
];

/** The first shown, enabled control for `action` on the page, if any. */
export function shortcutTarget(action: ShortcutAction): HTMLElement | null {
  const candidates = document.querySelectorAll<HTMLElement>(`[data-shortcut="${action}"]`);
  for (const el of candidates) {
    const disabled = el instanceof HTMLButtonElement && el.disabled;
    if (!disabled && !el.closest('[hidden]') && !el.closest('[inert]')) return el;
  }
  return null;
}
