import { useId } from 'react';
import { OWN_VERDICT_LABEL } from '../domain/verdict/own-code-verdict';
import type { OwnVerdict } from '../domain/verdict/verdict.schema';

const VERDICTS: readonly OwnVerdict[] = ['right', 'close', 'wrong'];
const SHORT: Record<OwnVerdict, string> = {
  right: 'Right',
  close: 'One class off',
  wrong: 'Wrong',
};

/** The candidate's own answer to "is your estimate right about your code?" for one dimension. */
export function EstimateScore({
  dimension,
  value,
  onScore,
}: {
  dimension: 'time' | 'space';
  value: OwnVerdict | undefined;
  onScore: (dimension: 'time' | 'space', verdict: OwnVerdict) => void;
}) {
  // Several problems' scores can share a page (an assessment): each group needs its own name.
  const id = useId();
  const name = `estimate-score-${dimension}-${id}`;
  return (
    <fieldset className="choice-group estimate-score">
      <legend>{`Your own score: was your ${dimension} estimate right about your code?`}</legend>
      <div className="choice-row">
        {VERDICTS.map((verdict) => (
          <label key={verdict} className="choice" title={OWN_VERDICT_LABEL[verdict]}>
            <input
              type="radio"
              name={name}
              value={verdict}
              checked={value === verdict}
              onChange={() => onScore(dimension, verdict)}
            />
            {SHORT[verdict]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
