import { useId } from 'react';
import { hintLadder } from '../../domain/pair/hint-ladder';
import type { PairState } from '../../domain/pair/pair-state.schema';
import { formatElapsed } from '../../domain/round/round-timer';

interface HintLadderCardProps {
  state: PairState;
  connected: boolean;
  onGiveHint: (index: number) => void;
}

/** Every hint of the problem, in order; the next one can be given while the candidate codes. */
export function HintLadderCard({ state, connected, onGiveHint }: HintLadderCardProps) {
  const headingId = useId();
  const steps = hintLadder(state.interviewer.hints, state.hintsGiven);
  const coding = state.phase === 'brief' || state.phase === 'code';
  const timed = state.mode === 'timed';
  const why = timed
    ? 'Hints are off in timed rounds, as in a real interview.'
    : !coding
      ? 'The coding is over: no more hints.'
      : !connected
        ? 'The candidate’s window is not open: a hint cannot reach it now.'
        : null;
  return (
    <section className="round-card pair-hints" aria-labelledby={headingId}>
      <h2 id={headingId}>Hint ladder</h2>
      {why && <p className="muted">{why}</p>}
      <ol className="pair-ladder">
        {steps.map((step) => (
          <li key={step.index} className={step.givenAtMs === null ? undefined : 'pair-given'}>
            <p>{step.text}</p>
            {step.givenAtMs !== null ? (
              <p className="muted">Given at {formatElapsed(step.givenAtMs)}</p>
            ) : (
              step.canGive &&
              !why && (
                <button type="button" className="button" onClick={() => onGiveHint(step.index)}>
                  Give hint {step.index + 1}
                </button>
              )
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
