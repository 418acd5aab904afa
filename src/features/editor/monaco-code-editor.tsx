import Editor from '@monaco-editor/react';
import type { EditorProps, OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { monaco } from '../../lib/monaco-setup';
import { useCodeActions, useDraft } from '../../store/selectors';
import type { Language } from '../../runner/protocol';
import { EditorLoading } from './editor-loading';
import { useColorScheme } from './use-color-scheme';

const OPTIONS = {
  ariaLabel: 'Code editor',
  automaticLayout: true,
  fontSize: 14,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  renderWhitespace: 'selection',
  wordWrap: 'off',
  fixedOverflowWidgets: true,
  padding: { top: 8 },
} as const satisfies EditorProps['options'];

export interface MonacoCodeEditorProps {
  slug: string;
  language: Language;
  starter: string;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRunShortcut: () => void;
}

const MONACO_LANGUAGE = { js: 'javascript', ts: 'typescript' } as const;

/** Monaco bound to the stored draft; the default export so React.lazy can load it. */
export default function MonacoCodeEditor({
  slug,
  language,
  starter,
  onRunShortcut,
}: MonacoCodeEditorProps) {
  const code = useDraft(slug, language, starter);
  const { setDraft } = useCodeActions();
  const scheme = useColorScheme();

  // The Monaco action is registered once; the ref lets it call the latest handler.
  const runRef = useRef(onRunShortcut);
  useLayoutEffect(() => {
    runRef.current = onRunShortcut;
  });

  const handleMount = useCallback<OnMount>((editor, api) => {
    editor.addAction({
      id: 'mockround.run',
      label: 'Run tests',
      keybindings: [api.KeyMod.CtrlCmd | api.KeyCode.Enter],
      run: () => runRef.current(),
    });
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
      path={`file:///${slug}/solution.${language}`}
      language={MONACO_LANGUAGE[language]}
      value={code}
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      options={OPTIONS}
      loading={<EditorLoading />}
      onMount={handleMount}
      onChange={(value) => setDraft(slug, language, value ?? '')}
    />
  );
}
