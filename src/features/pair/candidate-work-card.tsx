import { useId } from 'react';
import type { PairState } from '../../domain/pair/pair-state.schema';
import { formatRoundTime } from '../../domain/history/round-facts';
import { LANGUAGE_LABEL } from '../../domain/problem/languages';

const LANGUAGE = LANGUAGE_LABEL;

/** The candidate's code as they type it (read only), their runs and their notes. */
export function CandidateWorkCard({ state }: { state: PairState }) {
  const headingId = useId();
  const runsId = useId();
  return (
    <section className="round-card pair-work" aria-labelledby={headingId}>
      <h2 id={headingId}>Candidate’s code ({LANGUAGE[state.language]})</h2>
      {/* Focusable, so keyboard users can scroll a long program. */}
      <pre className="pair-code" tabIndex={0} aria-label="Candidate’s code, read only">
        <code>{state.code}</code>
      </pre>
      <h3 id={runsId}>Runs</h3>
      {state.runs.length === 0 ? (
        <p className="muted">No run yet.</p>
      ) : (
        <ol aria-labelledby={runsId}>
          {state.runs.map((run, i) => (
            <li key={`${run.atMs}-${i}`}>
              {formatRoundTime(run.atMs)}: {run.mode === 'submit' ? 'submitted' : 'ran'} —{' '}
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
                {formatRoundTime(note.atMs)}: {note.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
