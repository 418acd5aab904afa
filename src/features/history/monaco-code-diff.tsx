import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useResolvedTheme } from '../../components/use-resolved-theme';
// Configures the bundled Monaco (never a CDN) before the diff editor asks the loader for it.
import '../../lib/monaco-setup';
import type { Language } from '../../runner/protocol';
import { useSettings } from '../../store/selectors';
import { installTabExit, LEAVE_EDITOR_HINT } from '../../lib/tab-exit';

export interface CodeDiffProps {
  code: string;
  reference: string;
  language: Language;
  referenceLanguage: Language;
  /** Keeps this diff's Monaco models apart from any other (the round's id). */
  scope: string;
}

const MONACO_LANGUAGE = { js: 'javascript', ts: 'typescript', py: 'python' } as const;
/** The diff grows with the code up to this height, then scrolls inside. */
const MAX_HEIGHT = 640;
const MIN_HEIGHT = 120;
/** Room for a horizontal scrollbar under the last line. */
const SCROLLBAR = 14;

/**
 * Monaco's own read-only diff editor: the candidate's final code (left) against the reference
 * (right), highlighted by Monaco's tokenizer for the record's language. Side by side when there is
 * room, inline below ~900 px (Monaco's renderSideBySideInlineBreakpoint). Escape then Tab leaves
 * it, like the code editor. The default export so React.lazy loads it (and Monaco) on demand.
 */
export default function MonacoCodeDiff({
  code,
  reference,
  language,
  referenceLanguage,
  scope,
}: CodeDiffProps) {
  const theme = useResolvedTheme();
  const { fontSize } = useSettings();
  const [height, setHeight] = useState(MIN_HEIGHT);
  const options = useMemo(
    () => ({
      readOnly: true,
      domReadOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 900,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'on' as const,
      renderOverviewRuler: false,
      renderFinalNewline: 'on' as const,
      showUnused: false,
      fontSize,
      // The page scrolls on over the diff when it has nothing left to scroll itself.
      scrollbar: { alwaysConsumeMouseWheel: false },
    }),
    [fontSize],
  );

  const mounted = useRef<Parameters<DiffOnMount>[0] | null>(null);
  const [diff, setDiff] = useState<Parameters<DiffOnMount>[0] | null>(null);

  // Each side's accessible name. Monaco's originalAriaLabel/modifiedAriaLabel are lost whenever the
  // options are updated (the library updates them after mounting), so they are set on the sides.
  useEffect(() => {
    if (!diff) return;
    diff.getOriginalEditor().updateOptions({
      ariaLabel: `Your final code (${language}), read-only. ${LEAVE_EDITOR_HINT}`,
    });
    diff.getModifiedEditor().updateOptions({
      ariaLabel: `Reference solution (${referenceLanguage}), read-only. ${LEAVE_EDITOR_HINT}`,
    });
  }, [diff, language, referenceLanguage, options]);
  // @monaco-editor/react 4.7 disposes the two models before the widget, which Monaco reports as
  // an error. The models are kept (keepCurrent…Model) and dropped here instead, after the widget
  // lets go of them: a layout-effect cleanup runs before the library's own (passive) one.
  useLayoutEffect(
    () => () => {
      const diff = mounted.current;
      if (!diff) return;
      const model = diff.getModel();
      diff.setModel(null);
      model?.original.dispose();
      model?.modified.dispose();
    },
    [],
  );

  const handleMount = useCallback<DiffOnMount>((diff, api) => {
    mounted.current = diff;
    const whole = () => diff.getContainerDomNode();
    const keys = { Escape: api.KeyCode.Escape, Tab: api.KeyCode.Tab };
    installTabExit(diff.getOriginalEditor(), keys, whole);
    installTabExit(diff.getModifiedEditor(), keys, whole);
    // The modified side carries the aligned height of both sides (and the deleted lines inline).
    const modified = diff.getModifiedEditor();
    const fit = () =>
      setHeight(
        Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, modified.getContentHeight() + SCROLLBAR)),
      );
    fit();
    modified.onDidContentSizeChange(fit);
    setDiff(diff);
  }, []);

  return (
    <div className="code-diff-editor" style={{ height }} data-testid="code-diff-editor">
      <DiffEditor
        height="100%"
        original={code}
        modified={reference}
        originalLanguage={MONACO_LANGUAGE[language]}
        modifiedLanguage={MONACO_LANGUAGE[referenceLanguage]}
        // Own URIs, apart from the problem page's models; disposed when the page is left.
        originalModelPath={`inmemory://history/${scope}/yours.${language}`}
        modifiedModelPath={`inmemory://history/${scope}/reference.${referenceLanguage}`}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={options}
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        loading={null}
        onMount={handleMount}
      />
    </div>
  );
}
