import Editor from '@monaco-editor/react';
import type { EditorProps, OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { monaco } from '../../lib/monaco-setup';
import { useCodeActions, useDraft } from '../../store/selectors';
import type { Language } from '../../runner/protocol';
import { EditorLoading } from './editor-loading';
import { installTabExit, LEAVE_EDITOR_HINT } from './tab-exit';
import { useColorScheme } from './use-color-scheme';

const OPTIONS = {
  ariaLabel: `Code editor. ${LEAVE_EDITOR_HINT}`,
  automaticLayout: true,
  fontSize: 14,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  renderWhitespace: 'selection',
  wordWrap: 'off',
  fixedOverflowWidgets: true,
  padding: { top: 8 },
  // Monaco dims the last line number when the file ends without a newline; that grey fails
  // WCAG contrast (1.75:1, flagged by axe). 'on' draws it like the others.
  renderFinalNewline: 'on',
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
}: MonacoCodeEditorProps) {
  const draft = useDraft(slug, language, starter);
  const { setDraft } = useCodeActions();
  const scheme = useColorScheme();
  const code = ownCode ? ownCode.value : draft;
  // Under /<slug>/ so the cleanup below disposes it too.
  const folder = ownCode ? `${slug}/${ownCode.scope}` : slug;
  // domReadOnly also marks the input area read-only for assistive technology.
  const options = useMemo(() => ({ ...OPTIONS, readOnly, domReadOnly: readOnly }), [readOnly]);

  // The Monaco action is registered once; the ref lets it call the latest handler.
  const runRef = useRef(onRunShortcut);
  const selectionRef = useRef(ownCode?.onSelection);
  useLayoutEffect(() => {
    runRef.current = onRunShortcut;
    selectionRef.current = ownCode?.onSelection;
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
    installTabExit(editor, { Escape: api.KeyCode.Escape, Tab: api.KeyCode.Tab });
  }, []);

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
    <Editor
      className="code-editor"
      height="100%"
      path={`file:///${folder}/solution.${language}`}
      language={MONACO_LANGUAGE[language]}
      value={code}
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      options={options}
      loading={<EditorLoading />}
      onMount={handleMount}
      onChange={(value) =>
        ownCode ? ownCode.onChange(value ?? '') : setDraft(slug, language, value ?? '')
      }
    />
  );
}
