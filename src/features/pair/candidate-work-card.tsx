import { useId } from 'react';
import type { CodeSelection } from '../../domain/pair/pair-doc.schema';
import type { PairState } from '../../domain/pair/pair-state.schema';
import { LANGUAGE_LABEL } from '../../domain/problem/languages';
import type { Estimate } from '../../domain/round/round.schema';
import { CandidateCode } from './candidate-code';
import { formatElapsed } from '../../domain/round/round-timer';

const LANGUAGE = LANGUAGE_LABEL;

interface CandidateWorkCardProps {
  state: PairState;
  /** The candidate's selection, when it is known (a partner on another machine). */
  selection?: CodeSelection | null;
  /** The candidate's estimate, once locked. */
  estimate?: Estimate | null;
}

/** The candidate's code as they type it (read only), their runs, notes and locked estimate. */
export function CandidateWorkCard({
  state,
  selection = null,
  estimate = null,
}: CandidateWorkCardProps) {
  const headingId = useId();
  const runsId = useId();
  return (
    <section className="round-card pair-work" aria-labelledby={headingId}>
      <h2 id={headingId}>Candidate’s code ({LANGUAGE[state.language]})</h2>
      <CandidateCode code={state.code} selection={selection} />
      {estimate && (
        <p>
          Candidate’s estimate (locked): time {estimate.time}, space {estimate.space}
          {estimate.reason ? ` — ${estimate.reason}` : ''}
        </p>
      )}
      <h3 id={runsId}>Runs</h3>
      {state.runs.length === 0 ? (
        <p className="muted">No run yet.</p>
      ) : (
        <ol aria-labelledby={runsId}>
          {state.runs.map((run, i) => (
            <li key={`${run.atMs}-${i}`}>
              {formatElapsed(run.atMs)}: {run.mode === 'submit' ? 'submitted' : 'ran'} —{' '}
              {run.passed} passed, {run.failed} failed
              {run.status !== 'done' ? ` (${run.status})` : ''}
            </li>
          ))}
        </ol>
      )}
      {state.notes.length > 0 && (
        <details>
          <summary>Candidate’s notes ({state.notes.length})</summary>
          <ul>
            {state.notes.map((note) => (
              <li key={note.id}>
                {formatElapsed(note.atMs)}: {note.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
