import { lazy, memo, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import type { ProblemPage } from '../../domain/problem/problem-parts';
import type { Language } from '../../runner/protocol';
import { useCustomCases } from '../../store/custom-cases';
import { useCodeActions, useLanguage } from '../../store/selectors';
import { ProblemCustomCases } from './custom-cases-panel';
import { ProblemProgress } from './problem-progress';
import { PythonLoading } from '../../components/python-loading';
import { ProblemStatement } from './problem-statement';
import { RunningCodePanes, RunningToolbar } from './running-parts';
import { useRestoreReport } from './use-restore-report';
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
  problem: ProblemPage;
  renderEditor: (props: EditorSlotProps) => ReactNode;
  results: ReactNode;
  /** Extra controls beside the suggested time (the app puts "Start round" there). */
  actions?: ReactNode;
}

// "Reset to starter" asks first: the dialog loads when it is opened, not with the page (issue 16).
const ConfirmDialog = lazy(async () => ({
  default: (await import('../../components/confirm-dialog')).ConfirmDialog,
}));

// The statement (Markdown) does not depend on runs: memoised, it does not re-render when a run
// starts or ends, so the results paint sooner.
const Statement = memo(ProblemStatement);

/** The problem page: statement | toolbar and editor | results, in resizable panes. */
export function ProblemWorkspace({
  problem,
  renderEditor,
  results,
  actions,
}: ProblemWorkspaceProps) {
  const { slug } = problem;
  const language = useLanguage(slug);
  const { setLanguage, resetDraft } = useCodeActions();
  const custom = useCustomCases(slug);
  const { run, stop } = useRun(problem, language, custom.cases);
  useRestoreReport(slug);
  const [confirmingReset, setConfirmingReset] = useState(false);

  const runVisible = () => void run('run');
  useRunShortcut(runVisible);

  return (
    <div className="workspace">
      <title>{`${problem.title} · MockRound`}</title>
      {/* Neither this component nor the editor subscribes to the run state (see running-parts). */}
      <RunningCodePanes
        slug={slug}
        layoutId="problem"
        statement={
          <div className="workspace-statement">
            <Statement problem={problem} actions={actions} />
            <ProblemProgress slug={slug} />
          </div>
        }
        toolbar={
          <>
            <RunningToolbar
              slug={slug}
              language={language}
              languages={languagesOf(problem)}
              onLanguageChange={(next) => setLanguage(slug, next)}
              onReset={() => setConfirmingReset(true)}
              onRun={runVisible}
              onSubmit={() => void run('submit')}
              onStop={stop}
            />
            {language === 'py' && <PythonLoading />}
          </>
        }
        editor={
          <div className="editor-frame" role="region" aria-label="Solution">
            {renderEditor({
              slug,
              language,
              starter: starterFor(problem, language),
              onRunShortcut: runVisible,
            })}
          </div>
        }
        results={
          /* Scrolls on its own, so it must take keyboard focus to be scrolled without a mouse. */
          <div className="workspace-results" tabIndex={0} role="group" aria-label="Test results">
            {results}
            <ProblemCustomCases
              problem={problem}
              cases={custom.cases}
              onAdd={custom.add}
              onRemove={custom.remove}
            />
          </div>
        }
      />
      {confirmingReset && (
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </div>
  );
}
