import { useId } from 'react';
import type { Round } from '../../domain/round/round.schema';
import { useRoundDispatch } from './use-round-store';

interface RoundHintsProps {
  round: Pick<Round, 'mode' | 'phase' | 'hintsUsed' | 'pausedAt' | 'pair'>;
  hints: readonly string[];
}

/**
 * Progressive hints, one at a time, in practice rounds only; each use is recorded in the round.
 * In pair practice the interviewer gives them: the candidate sees those given, and no button.
 */
export function RoundHints({ round, hints }: RoundHintsProps) {
  const dispatch = useRoundDispatch();
  const headingId = useId();
  if (round.mode === 'timed') {
    return (
      <section className="round-card hints" aria-labelledby={headingId}>
        <h2 id={headingId}>Hints</h2>
        <p className="muted">Hints are off in timed rounds, as in a real interview.</p>
      </section>
    );
  }
  const used = new Set(round.hintsUsed.map((h) => h.index));
  const shown = hints.flatMap((text, index) => (used.has(index) ? [{ text, index }] : []));
  const next = hints.findIndex((_, index) => !used.has(index));
  const latest = round.hintsUsed.at(-1);
  return (
    <section className="round-card hints" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Hints{' '}
        <span className="muted">
          ({shown.length} of {hints.length} used)
        </span>
      </h2>
      {shown.length > 0 && (
        <ol className="hint-list">
          {shown.map((hint) => (
            <li key={hint.index} value={hint.index + 1}>
              {hint.text}
            </li>
          ))}
        </ol>
      )}
      {round.pair ? (
        <p className="muted" role="status">
          {latest
            ? `Your interviewer gave hint ${latest.index + 1}.`
            : 'Your interviewer gives the hints.'}
        </p>
      ) : (
        next >= 0 && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => dispatch({ type: 'use-hint', index: next })}
          >
            Show hint {next + 1}
          </button>
        )
      )}
    </section>
  );
}
