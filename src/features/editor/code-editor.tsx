import { Suspense, lazy } from 'react';
import { useHydrated } from '../../store/selectors';
import { EditorLoading } from './editor-loading';
import type { MonacoCodeEditorProps } from './monaco-code-editor';

// Monaco is several MB: loading it lazily keeps it out of the first-load JavaScript.
const MonacoCodeEditor = lazy(() => import('./monaco-code-editor'));

export type CodeEditorProps = MonacoCodeEditorProps;

/**
 * The code editor for one problem. Waits for the store to hydrate so the restored draft, not the
 * starter, is the first thing the editor shows.
 */
export function CodeEditor(props: CodeEditorProps) {
  const hydrated = useHydrated();
  if (!hydrated) return <EditorLoading />;
  return (
    <Suspense fallback={<EditorLoading />}>
      <MonacoCodeEditor {...props} />
    </Suspense>
  );
}
