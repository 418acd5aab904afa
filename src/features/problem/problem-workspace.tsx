import { memo, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Language } from '../../runner/protocol';
import { useCodeActions, useIsRunning, useLanguage } from '../../store/selectors';
import { EditorToolbar, type EditorToolbarProps } from './editor-toolbar';
import { PythonLoading } from './python-loading';
import { ProblemStatement } from './problem-statement';
import { useRun } from './use-run';
import { useRunShortcut } from './use-run-shortcut';
import { LANGUAGE_LABEL, languagesOf, starterFor } from '../../domain/problem/languages';

/** What the page hands to the editor slot (the editor lives in its own feature). */
export interface EditorSlotProps {
  slug: string;
  language: Language;
  starter: string;
  onRunShortcut: () => void;
}

interface ProblemWorkspaceProps {
  problem: Problem;
  renderEditor: (props: EditorSlotProps) => ReactNode;
  results: ReactNode;
  /** Extra controls beside the suggested time (the app puts "Start round" there). */
  actions?: ReactNode;
}

// The statement (Markdown) and the editor do not depend on runs: only the toolbar and the
// results re-render when a run starts or ends, so the results paint sooner.
const Statement = memo(ProblemStatement);

/** The toolbar, bound to whether this problem's tests are running. */
function RunToolbar({ slug, ...props }: Omit<EditorToolbarProps, 'running'> & { slug: string }) {
  const running = useIsRunning(slug);
  return <EditorToolbar {...props} running={running} />;
}

/** The problem page: statement on the left; toolbar, editor and results on the right. */
export function ProblemWorkspace({
  problem,
  renderEditor,
  results,
  actions,
}: ProblemWorkspaceProps) {
  const { slug } = problem;
  const language = useLanguage(slug);
  const { setLanguage, resetDraft } = useCodeActions();
  const { run, stop } = useRun(problem, language);
  const [confirmingReset, setConfirmingReset] = useState(false);

  const runVisible = () => void run('run');
  useRunShortcut(runVisible);

  return (
    <div className="workspace">
      <title>{`${problem.title} · MockRound`}</title>
      <div className="workspace-statement">
        <Statement problem={problem} actions={actions} />
      </div>
      <div className="workspace-code" aria-label="Solution" role="region">
        <RunToolbar
          slug={slug}
          language={language}
          languages={languagesOf(problem)}
          onLanguageChange={(next) => setLanguage(slug, next)}
          onReset={() => setConfirmingReset(true)}
          onRun={runVisible}
          onSubmit={() => void run('submit')}
          onStop={stop}
        />
        <div className="editor-frame">
          {renderEditor({
            slug,
            language,
            starter: starterFor(problem, language),
            onRunShortcut: runVisible,
          })}
        </div>
        {language === 'py' && <PythonLoading />}
        {/* Scrolls on its own, so it must take keyboard focus to be scrolled without a mouse. */}
        <div className="workspace-results" tabIndex={0} role="group" aria-label="Test results">
          {results}
        </div>
      </div>
      {confirmingReset && (
        <ConfirmDialog
          title="Reset to starter code?"
          message={`Your ${LANGUAGE_LABEL[language]} code for this problem will be replaced by the starter code.`}
          confirmLabel="Reset"
          onCancel={() => setConfirmingReset(false)}
          onConfirm={() => {
            resetDraft(slug, language);
            setConfirmingReset(false);
          }}
        />
      )}
    </div>
  );
}
