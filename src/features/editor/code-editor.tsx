import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useCodeActions, useDraft, useHydrated, useSettings } from '../../store/selectors';
import { EditorLoading } from './editor-loading';
import { handOver, type HandOverEditor } from './hand-over';
import type { MonacoCodeEditorProps } from './monaco-code-editor';
import { PlainCodeEditor } from './plain-code-editor';

export type CodeEditorProps = MonacoCodeEditorProps;

type MonacoComponent = ComponentType<
  MonacoCodeEditorProps & { onReady?: (editor: HandOverEditor) => void }
>;

// Monaco is several MB and takes a long task to start: it loads when the user reaches for the
// editor (pointer over it, a tap, focus), not with the page. The page paints and can be typed
// into at once; Monaco takes over what was typed when it is ready.
let monacoModule: Promise<MonacoComponent> | null = null;
function loadMonaco(): Promise<MonacoComponent> {
  monacoModule ??= import('./monaco-code-editor').then((m) => m.default as MonacoComponent);
  // A failed download (offline before the cache is filled) may be retried on the next reach.
  monacoModule.catch(() => (monacoModule = null));
  return monacoModule;
}

/**
 * The code editor for one problem: a plain text area first, then Monaco. Waits for the store to
 * hydrate so the restored draft, not the starter, is the first thing the editor shows.
 */
export function CodeEditor(props: CodeEditorProps) {
  const { slug, language, starter, onRunShortcut, readOnly = false, ownCode } = props;
  const hydrated = useHydrated();
  const draft = useDraft(slug, language, starter);
  const { setDraft } = useCodeActions();
  const { fontSize, tabSize, wordWrap, vimMode } = useSettings();
  // Vim keys mean nothing to a text area: with Vim mode on, Monaco is wanted at once.
  const [wanted, setWanted] = useState(vimMode);
  const [Monaco, setMonaco] = useState<MonacoComponent | null>(null);
  const [ready, setReady] = useState(false);
  const plain = useRef<HTMLTextAreaElement>(null);
  const monacoHost = useRef<HTMLDivElement>(null);

  const want = wanted || vimMode;
  useEffect(() => {
    if (!want) return;
    let live = true;
    loadMonaco().then(
      (component) => live && setMonaco(() => component),
      // The text area stays: the code can still be written and run without Monaco.
      (error: unknown) => console.error('The editor could not be loaded', error),
    );
    return () => {
      live = false;
    };
  }, [want]);

  if (!hydrated) return <EditorLoading />;
  const value = ownCode ? ownCode.value : draft;
  const onChange = (next: string) =>
    ownCode ? ownCode.onChange(next) : setDraft(slug, language, next);

  return (
    <div
      className="code-editor-host"
      // Move too: a pointer already resting where the editor appeared never enters it.
      onPointerEnter={() => setWanted(true)}
      onPointerMove={() => setWanted(true)}
      onPointerDown={() => setWanted(true)}
      onFocus={() => setWanted(true)}
    >
      {Monaco && (
        <div ref={monacoHost} className="code-editor-monaco" inert={!ready}>
          <Monaco
            {...props}
            onReady={(editor) => {
              if (monacoHost.current) monacoHost.current.inert = false;
              if (plain.current) handOver(plain.current, editor);
              setReady(true);
            }}
          />
        </div>
      )}
      {!ready && (
        <PlainCodeEditor
          ref={plain}
          value={value}
          onChange={onChange}
          onRunShortcut={onRunShortcut}
          onSelection={ownCode?.onSelection}
          // Vim keystrokes typed here would land as text.
          readOnly={readOnly || vimMode}
          fontSize={fontSize}
          tabSize={tabSize}
          wordWrap={wordWrap}
        />
      )}
    </div>
  );
}
