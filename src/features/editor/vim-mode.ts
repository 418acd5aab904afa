import type { editor as MonacoEditor } from 'monaco-editor/editor';

/** Something to undo: Vim keys taken off the editor and its status bar emptied. */
export interface VimHandle {
  dispose(): void;
}

/**
 * Gives the editor Vim keys, with the mode (--NORMAL--, --INSERT--) and any ":" command line
 * in `statusBar`. monaco-vim is imported here only, so it loads when Vim mode is on and never
 * otherwise. Escape still arms the Escape-then-Tab exit (src/lib/tab-exit.ts listens first): in insert
 * mode Escape goes to normal mode, and the next Tab leaves the editor.
 */
export async function attachVim(
  editor: MonacoEditor.IStandaloneCodeEditor,
  statusBar: HTMLElement,
): Promise<VimHandle> {
  const { initVimMode, StatusBar } = await import('monaco-vim');
  // The ":" command line is an <input> monaco-vim builds: give it a name before it is shown.
  const nameInputs = (node: Node): Node => {
    if (node instanceof Element) {
      for (const input of node.querySelectorAll('input')) {
        input.setAttribute('aria-label', 'Vim command');
      }
    }
    return node;
  };
  const vim = initVimMode(editor, statusBar, StatusBar, nameInputs);
  // The first span shows the mode: announce its changes (the key buffer beside it stays quiet).
  statusBar.firstElementChild?.setAttribute('aria-live', 'polite');
  return vim;
}
