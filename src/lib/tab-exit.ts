import type { editor as MonacoEditor } from 'monaco-editor/editor';

/** What the editor's accessible name tells keyboard users, and the "?" dialog repeats. */
export const LEAVE_EDITOR_HINT =
  'Press Escape then Tab to leave the editor, or Ctrl+M to make Tab move focus.';

const FOCUSABLE =
  'a[href], summary, button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The next (or previous) focusable element outside `container`, in document order. */
export function focusableOutside(container: Element, backwards: boolean): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !container.contains(el) && !el.closest('[hidden]') && el.getClientRects().length > 0,
  );
  const after = all.filter(
    (el) => container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const before = all.filter(
    (el) => container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  return backwards ? (before.at(-1) ?? null) : (after[0] ?? null);
}

/** What the exit needs of an editor (a code editor, or one side of a diff editor). */
export type TabExitEditor = Pick<
  MonacoEditor.ICodeEditor,
  'onKeyDown' | 'onDidBlurEditorText' | 'getContainerDomNode'
>;

/**
 * Tab inside Monaco indents. Escape then Tab (or Shift+Tab) leaves it instead, to the next (or
 * previous) control on the page; any other key in between cancels. Escape still closes Monaco's
 * own widgets (suggestions, find) first: the next Tab after that leaves.
 * `container` is what to leave (default: the editor's own node; a diff editor passes its whole node).
 */
export function installTabExit(
  editor: TabExitEditor,
  keys: {
    Escape: number;
    Tab: number;
  },
  container: () => HTMLElement = () => editor.getContainerDomNode(),
): void {
  let armed = false;
  editor.onKeyDown((event) => {
    if (event.keyCode === keys.Escape) {
      armed = true;
      return;
    }
    if (event.keyCode === keys.Tab && armed) {
      const target = focusableOutside(container(), event.shiftKey);
      if (target) {
        event.preventDefault();
        event.stopPropagation();
        target.focus();
      }
    }
    armed = false;
  });
  editor.onDidBlurEditorText(() => {
    armed = false;
  });
}
