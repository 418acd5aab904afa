import type { Round } from '../../domain/round/round.schema';
import { olderText, optimalityText, spaceText, timeText } from '../../domain/verdict/verdict-text';
import { verdictsOf } from '../../domain/verdict/work-verdicts';

interface Props {
  round: Round;
  /** The bank's reference, for rounds that kept none (saved before the reveal kept it). */
  reference?: { time: string; space: string };
}

const measuredOf = (round: Round) =>
  round.growth
    ? round.growth.best
      ? `O(${round.growth.best}), ${Math.round(round.growth.confidence * 100)} % confidence`
      : 'could not measure'
    : 'not measured';

/**
 * The estimate beside the measured code and the reference, then the two questions: is the
 * estimate right about the code, and is the code as good as it gets (domain/verdict).
 */
export function RoundEstimates({ round, reference: bankReference }: Props) {
  const verdicts = verdictsOf(round);
  const reference = round.reveal?.reference ?? bankReference;
  return (
    <>
      <table className="round-estimates">
        <caption>Complexity: your estimate, your code and the reference</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Estimate</th>
            <th scope="col">Your code (measured)</th>
            <th scope="col">Reference</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Time</th>
            <td>{round.estimate?.time || '—'}</td>
            <td>{measuredOf(round)}</td>
            <td>{reference?.time ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">Space</th>
            <td>{round.estimate?.space || '—'}</td>
            <td>not measured</td>
            <td>{reference?.space ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      {verdicts?.kind === 'current' && (
        <dl className="round-verdicts">
          <dt>Is your estimate right about your code?</dt>
          <dd>Time: {timeText(verdicts.time)}</dd>
          <dd>Space: {spaceText(verdicts.space)}</dd>
          <dt>Is your code as good as it gets?</dt>
          <dd>{optimalityText(verdicts.optimality)}</dd>
        </dl>
      )}
      {verdicts?.kind === 'older' && (
        <dl className="round-verdicts">
          <dt>Verdict</dt>
          <dd>Time: {olderText(verdicts.older.time)}</dd>
          <dd>Space: {olderText(verdicts.older.space)}</dd>
        </dl>
      )}
    </>
  );
}
