import type { SelfScore as Score } from '../../domain/round/round.schema';
import { SELF_SCORE_LABEL } from './round-format';
import { useRoundDispatch } from './use-round-store';

const SCORES: readonly Score[] = ['correct', 'partly', 'wrong'];

/** The candidate's own verdict on the round: correct, partly or wrong (a radio group). */
export function SelfScore({ value }: { value: Score | undefined }) {
  const dispatch = useRoundDispatch();
  return (
    <fieldset className="round-card choice-group">
      <legend>Your own score: was your solution right?</legend>
      <div className="choice-row">
        {SCORES.map((score) => (
          <label key={score} className="choice">
            <input
              type="radio"
              name="self-score"
              value={score}
              checked={value === score}
              onChange={() => dispatch({ type: 'self-score', score })}
            />
            {SELF_SCORE_LABEL[score]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
