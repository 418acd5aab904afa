import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { StatementColumn } from './statement-column';
import { useRoundDispatch } from './use-round-store';

interface BriefPhaseProps {
  problem: Pick<Problem, 'interviewer'>;
  statement: ReactNode;
  /** Pair practice: the interviewer is there to answer, so their answers stay with them. */
  pair?: boolean;
}

/**
 * Phase 1: read the statement and think about what to ask. The clock already runs, as in a real
 * interview; the clarify nudge beside it sends the questions to the notes.
 */
export function BriefPhase({ problem, statement, pair = false }: BriefPhaseProps) {
  const dispatch = useRoundDispatch();
  return (
    <div className="round-split">
      <StatementColumn>{statement}</StatementColumn>
      <section className="round-panel" aria-labelledby="brief-heading">
        <h2 id="brief-heading">Brief</h2>
        {pair ? (
          <p>
            Read the problem and ask your interviewer what you need before writing code: input
            sizes, edge cases, what to return.
          </p>
        ) : (
          <p>
            Read the problem and decide what you would ask the interviewer before writing code:
            input sizes, edge cases, what to return. Write your questions in the nudge beside this
            panel; they land in your notes.
          </p>
        )}
        <p className="muted">Reading and clarifying count: the clock is already running.</p>
        {!pair && (
          <details className="round-details">
            <summary>What the interviewer would answer</summary>
            <dl className="clarifications">
              {problem.interviewer.clarifications.map(({ q, a }) => (
                <div key={q}>
                  <dt>{q}</dt>
                  <dd>{a}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
        <button
          type="button"
          className="button button-primary"
          data-shortcut="next"
          onClick={() => dispatch({ type: 'begin-coding' })}
        >
          Start coding
        </button>
      </section>
    </div>
  );
}
