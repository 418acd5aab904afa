import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { AssessmentTimer } from './assessment-timer';
import { useAssessmentDispatch } from './use-assessment-store';

const STEPS: { phase: Assessment['phase']; label: string }[] = [
  { phase: 'working', label: 'Work' },
  { phase: 'estimate', label: 'Estimate' },
  { phase: 'reveal', label: 'Reveal' },
  { phase: 'scorecard', label: 'Scorecard' },
];

/** The assessment's header: the steps, the one clock, the strict options, and Finish. */
export function AssessmentBar({ assessment }: { assessment: Assessment }) {
  const dispatch = useAssessmentDispatch();
  const { phase, options } = assessment;
  const current = STEPS.findIndex((s) => s.phase === phase);
  // Finishing early cannot be taken back: it asks first.
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="round-bar">
      <div className="round-bar-row">
        <p className="round-title">
          <span className="badge round-mode">Assessment</span>
          <span className="round-problem">{`${assessment.problems.length} problems`}</span>
        </p>
        <ol className="round-steps" aria-label="Assessment phases">
          {STEPS.map((step, index) => (
            <li
              key={step.phase}
              className={index < current ? 'done' : index === current ? 'current' : undefined}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="round-step">{step.label}</span>
            </li>
          ))}
        </ol>
        <AssessmentTimer assessment={assessment} />
        {phase === 'working' && (
          <button
            type="button"
            className="button button-primary"
            data-shortcut="next"
            onClick={() => setConfirming(true)}
          >
            Finish assessment
          </button>
        )}
        {confirming && phase === 'working' && (
          <ConfirmDialog
            title="Finish the assessment now?"
            message="Time is still left. The code in every problem's editor now is what counts, and you cannot go back to change it."
            confirmLabel="Finish now"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              dispatch({ type: 'finish' });
            }}
          />
        )}
      </div>
      {phase === 'working' && (options.blockPaste || options.countFocusLoss) && (
        <p className="round-rule">
          {[
            options.blockPaste && 'Paste is blocked.',
            options.countFocusLoss && 'Focus loss is counted.',
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </header>
  );
}
