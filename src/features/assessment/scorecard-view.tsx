import { useState } from 'react';
import { scorecard } from '../../domain/assessment/scorecard';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import { formatClock, formatElapsed } from '../../domain/round/round-timer';
import { verdictLines } from '../../domain/verdict/verdict-text';
import { assessmentRecords } from '../../store/assessment-records';
import { useClock } from './assessment-clock';
import { OwnScores } from './own-scores';
import {
  flushAssessmentState,
  readActiveAssessment,
  useAssessmentDispatch,
} from './use-assessment-store';

const times = (atMs: number[]) =>
  atMs.length ? ` (at ${atMs.map(formatElapsed).join(', ')})` : '';

/** The numbers after the reveal, and Save (writes the record, then marks it saved). */
export function ScorecardView({
  assessment,
  problems,
}: {
  assessment: Assessment;
  problems: Problem[];
}) {
  const clock = useClock();
  const dispatch = useAssessmentDispatch();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const card = scorecard(assessment, assessment.endedAt ?? clock.now());
  const saved = assessment.phase === 'saved';

  const save = async () => {
    const current = readActiveAssessment();
    if (!current || current.phase !== 'scorecard') return;
    setSaving(true);
    setError(null);
    const now = clock.now();
    try {
      // The record first: if writing fails, the assessment stays on its scorecard to try again.
      await assessmentRecords().save({ ...current, phase: 'saved', savedAt: now });
    } catch (reason) {
      setError(
        `The assessment could not be saved (${reason instanceof Error ? reason.message : String(reason)}). Try again.`,
      );
      setSaving(false);
      return;
    }
    dispatch({ type: 'save' });
    setSaving(false);
    await flushAssessmentState();
  };

  return (
    <section className="round-panel" aria-labelledby="scorecard-heading">
      <h1 id="scorecard-heading">Scorecard</h1>
      <table>
        <caption className="visually-hidden">Per problem</caption>
        <thead>
          <tr>
            <th scope="col">Problem</th>
            <th scope="col">Visible tests</th>
            <th scope="col">Hidden tests</th>
            <th scope="col">Time spent</th>
            <th scope="col">Runs</th>
            <th scope="col">Estimate</th>
          </tr>
        </thead>
        <tbody>
          {card.problems.map((p, i) => (
            <tr key={p.slug}>
              <th scope="row">{problems[i]?.title ?? p.slug}</th>
              <td>{`${p.visible.passed} of ${p.visible.total}`}</td>
              <td>{`${p.hidden.passed} of ${p.hidden.total}`}</td>
              <td>{formatElapsed(p.timeSpentMs)}</td>
              <td>{p.runs}</td>
              <td>
                {p.verdicts ? (
                  <ul className="verdict-lines">
                    {verdictLines(p.verdicts, 'assessment').map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul aria-label="Assessment totals">
        <li>{`Solved ${card.totals.solved} of ${card.problems.length} problems; ${card.totals.all.passed} of ${card.totals.all.total} tests passed.`}</li>
        <li>{`Time used: ${formatElapsed(card.timeUsedMs)} of ${formatClock(assessment.durationMs)}${assessment.endReason === 'time-up' ? ' (time ran out)' : ''}.`}</li>
        <li>{`Paste attempts: ${card.pasteAttempts.count}${times(card.pasteAttempts.atMs)}${assessment.options.blockPaste ? '' : ' (paste was allowed)'}.`}</li>
        <li>{`Focus losses: ${card.focusLosses.count}${times(card.focusLosses.atMs)}${assessment.options.countFocusLoss ? `, away ${formatElapsed(card.focusLosses.awayMs)} in all` : ' (not counted)'}.`}</li>
      </ul>
      {!saved && <OwnScores assessment={assessment} problems={problems} scores={card.problems} />}
      {saved ? (
        <p role="status">Assessment saved.</p>
      ) : (
        <div className="round-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={saving}
            onClick={() => void save()}
          >
            Save
          </button>
          {error && <p role="alert">{error}</p>}
        </div>
      )}
    </section>
  );
}
