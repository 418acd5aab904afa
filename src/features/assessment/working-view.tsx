import { useState } from 'react';
import { PythonLoading } from '../../components/python-loading';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import type { AssessmentSlots } from './assessment-slots';
import { newId } from './new-id';
import { PasteGuard } from './paste-guard';
import { ProblemNotes } from './problem-notes';
import { ProblemTabs } from './problem-tabs';
import { useAssessmentRun } from './use-assessment-run';
import { useAssessmentDispatch } from './use-assessment-store';
import { useFocusLoss } from './use-focus-loss';
import { LANGUAGE_LABEL, starterFor } from '../../domain/problem/languages';

interface WorkingViewProps {
  assessment: Assessment;
  problems: Problem[];
  slots: AssessmentSlots;
}

/** The working phase: one problem at a time, its statement, editor, runs and notes. No hints. */
export function WorkingView({ assessment, problems, slots }: WorkingViewProps) {
  const dispatch = useAssessmentDispatch();
  const { reports, runningSlug, run, stop } = useAssessmentRun();
  const [refusedNotice, setRefusedNotice] = useState(false);
  const { options } = assessment;
  useFocusLoss(options.countFocusLoss);

  const index = assessment.current;
  const problem = problems[index];
  const work = assessment.problems[index];
  if (!problem || !work) return null;
  const runThis = () => void run(index, problem);
  const running = runningSlug !== null;

  return (
    <div className="assessment-working">
      <ProblemTabs
        assessment={assessment}
        problems={problems}
        onSelect={(i) => dispatch({ type: 'switch-problem', index: i })}
      />
      <div className="round-split">
        <div className="round-statement" role="region" aria-label="Statement">
          {slots.renderStatement(problem)}
          <ProblemNotes
            key={problem.slug}
            notes={work.notes}
            onAdd={(text) => dispatch({ type: 'add-note', index, id: newId(), text })}
          />
        </div>
        <div className="round-code" role="region" aria-label="Your solution">
          <div className="toolbar" role="group" aria-label="Assessment code actions">
            <span className="toolbar-note">{LANGUAGE_LABEL[work.language]}</span>
            <span className="toolbar-note">
              {work.runs.length} run{work.runs.length === 1 ? '' : 's'} so far
            </span>
            <span className="toolbar-spacer" />
            <button
              type="button"
              className="button"
              disabled={running}
              data-shortcut="run"
              onClick={runThis}
            >
              Run
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={!running}
              data-shortcut="stop"
              onClick={stop}
            >
              Stop
            </button>
          </div>
          {work.language === 'py' && <PythonLoading note="the assessment’s clock keeps running" />}
          {refusedNotice && (
            <p className="assessment-paste-notice" role="alert">
              {`Paste is blocked in this assessment: type the code instead. The attempt was counted (${assessment.pasteAttempts.length} so far).`}
            </p>
          )}
          <PasteGuard
            active={options.blockPaste}
            className="editor-frame"
            onRefused={() => {
              dispatch({ type: 'paste-refused' });
              setRefusedNotice(true);
            }}
          >
            {slots.renderEditor({
              slug: problem.slug,
              language: work.language,
              starter: starterFor(problem, work.language),
              onRunShortcut: runThis,
              readOnly: false,
              ownCode: {
                scope: `assessment-${assessment.id}`,
                value: work.code,
                onChange: (code) =>
                  dispatch({ type: 'update-code', index, code, language: work.language }),
              },
            })}
          </PasteGuard>
          <div className="workspace-results" role="group" aria-label="Test output" tabIndex={0}>
            {slots.renderResults(reports[problem.slug], runningSlug === problem.slug)}
          </div>
        </div>
      </div>
    </div>
  );
}
