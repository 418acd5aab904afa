import Editor from '@monaco-editor/react';
import type { EditorProps, OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useResolvedTheme } from '../../components/use-resolved-theme';
import { monaco } from '../../lib/monaco-setup';
import { useCodeActions, useDraft, useSettings } from '../../store/selectors';
import type { Language } from '../../runner/protocol';
import { EditorLoading } from './editor-loading';
import { installTabExit, LEAVE_EDITOR_HINT } from '../../lib/tab-exit';
import { attachVim } from './vim-mode';

const OPTIONS = {
  ariaLabel: `Code editor. ${LEAVE_EDITOR_HINT}`,
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  // The tab size is the user's setting, not guessed from the starter's indentation.
  detectIndentation: false,
  insertSpaces: true,
  renderWhitespace: 'selection',
  fixedOverflowWidgets: true,
  padding: { top: 8 },
  // Monaco dims the last line number when the file ends without a newline; that grey fails
  // WCAG contrast (1.75:1, flagged by axe). 'on' draws it like the others.
  renderFinalNewline: 'on',
  // Unused names (the starter's parameters, before any code uses them) are faded to 3.5:1,
  // below WCAG's 4.5:1 (flagged by Lighthouse): draw them like any other code.
  showUnused: false,
} as const satisfies EditorProps['options'];

export interface MonacoCodeEditorProps {
  slug: string;
  language: Language;
  starter: string;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRunShortcut: () => void;
  /** Locks the text (e.g. a round whose time is up); it can still be read, selected and copied. */
  readOnly?: boolean;
  /**
   * Edits this text instead of the problem's saved draft (an interview round keeps its own copy).
   * `scope` gives it a Monaco model of its own, apart from the draft's.
   */
  ownCode?: {
    scope: string;
    value: string;
    onChange: (value: string) => void;
    /** The selection as character offsets (anchor: where it started; head: the cursor). */
    onSelection?: (selection: { anchor: number; head: number }) => void;
  };
  /** Called once Monaco is mounted, to take over from the plain text area (see code-editor.tsx). */
  onReady?: (editor: Parameters<OnMount>[0]) => void;
}

const MONACO_LANGUAGE = { js: 'javascript', ts: 'typescript', py: 'python' } as const;

/** Monaco bound to the stored draft; the default export so React.lazy can load it. */
export default function MonacoCodeEditor({
  slug,
  language,
  starter,
  onRunShortcut,
  readOnly = false,
  ownCode,
  onReady,
}: MonacoCodeEditorProps) {
  const draft = useDraft(slug, language, starter);
  const { setDraft } = useCodeActions();
  const theme = useResolvedTheme();
  const { fontSize, tabSize, wordWrap, vimMode } = useSettings();
  const code = ownCode ? ownCode.value : draft;
  // Under /<slug>/ so the cleanup below disposes it too.
  const folder = ownCode ? `${slug}/${ownCode.scope}` : slug;
  // domReadOnly also marks the input area read-only for assistive technology.
  const options = useMemo(
    () => ({
      ...OPTIONS,
      readOnly,
      domReadOnly: readOnly,
      fontSize,
      tabSize,
      wordWrap: wordWrap ? ('on' as const) : ('off' as const),
    }),
    [readOnly, fontSize, tabSize, wordWrap],
  );
  const [editor, setEditor] = useState<Parameters<OnMount>[0] | null>(null);
  const vimStatus = useRef<HTMLDivElement>(null);

  // The Monaco action is registered once; the ref lets it call the latest handler.
  const runRef = useRef(onRunShortcut);
  const selectionRef = useRef(ownCode?.onSelection);
  const readyRef = useRef(onReady);
  useLayoutEffect(() => {
    runRef.current = onRunShortcut;
    selectionRef.current = ownCode?.onSelection;
    readyRef.current = onReady;
  });

  const handleMount = useCallback<OnMount>((editor, api) => {
    editor.addAction({
      id: 'mockround.run',
      label: 'Run tests',
      keybindings: [api.KeyMod.CtrlCmd | api.KeyCode.Enter],
      run: () => runRef.current(),
    });
    editor.onDidChangeCursorSelection(({ selection }) => {
      const model = editor.getModel();
      if (!model || !selectionRef.current) return;
      selectionRef.current({
        anchor: model.getOffsetAt({
          lineNumber: selection.selectionStartLineNumber,
          column: selection.selectionStartColumn,
        }),
        head: model.getOffsetAt(selection.getPosition()),
      });
    });
    // Before Vim attaches, so that Escape reaches the exit first (listeners run in order).
    installTabExit(editor, { Escape: api.KeyCode.Escape, Tab: api.KeyCode.Tab });
    readyRef.current?.(editor);
    setEditor(editor);
  }, []);

  // A model keeps its own tab size: set it on the one shown, now and whenever it changes.
  useEffect(() => {
    if (!editor) return;
    const apply = () => editor.getModel()?.updateOptions({ tabSize, insertSpaces: true });
    apply();
    const listener = editor.onDidChangeModel(apply);
    return () => listener.dispose();
  }, [editor, tabSize]);

  // Vim keys while the setting is on; monaco-vim is loaded the first time they are wanted.
  useEffect(() => {
    const statusBar = vimStatus.current;
    if (!editor || !vimMode || !statusBar) return;
    let cancelled = false;
    let dispose = () => {};
    void attachVim(editor, statusBar).then((vim) => {
      if (cancelled) vim.dispose();
      else dispose = () => vim.dispose();
    });
    return () => {
      cancelled = true;
      dispose();
    };
  }, [editor, vimMode]);

  // Drop this problem's models when leaving it, so stale files do not clash in the TS worker.
  useEffect(
    () => () => {
      for (const model of monaco.editor.getModels()) {
        if (model.uri.path.startsWith(`/${slug}/`)) model.dispose();
      }
    },
    [slug],
  );

  return (
    <div className="code-editor-stack">
      <div className="code-editor-main">
        <Editor
          className="code-editor"
          height="100%"
          path={`file:///${folder}/solution.${language}`}
          language={MONACO_LANGUAGE[language]}
          value={code}
          theme={theme === 'dark' ? 'vs-dark' : 'vs'}
          options={options}
          loading={<EditorLoading />}
          onMount={handleMount}
          onChange={(value) =>
            ownCode ? ownCode.onChange(value ?? '') : setDraft(slug, language, value ?? '')
          }
        />
      </div>
      {vimMode && (
        <div
          ref={vimStatus}
          className="vim-status"
          role="group"
          aria-label="Vim status"
          data-testid="vim-status"
        />
      )}
    </div>
  );
}
