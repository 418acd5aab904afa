import type { Problem } from '../../domain/problem/problem.schema';
import { judgeEstimate } from '../../domain/problem/complexity';
import type { Estimate, Measured, Reveal, Verdict } from '../../domain/round/round.schema';
import { VERDICT_LABEL } from './round-format';

interface ComplexityVerdictsProps {
  estimate: Estimate;
  reveal: Pick<Reveal, 'timeVerdict' | 'spaceVerdict'>;
  reference: Problem['complexity'];
  /** The measured growth of the final code, once the candidate measured it. */
  measured?: Measured | null;
}

/** The measured class beside the reference time, with its own automatic verdict (timing says nothing of space). */
function MeasuredCell({ measured, referenceTime }: { measured: Measured; referenceTime: string }) {
  if (!measured.best) return <span className="muted">could not measure</span>;
  const verdict = judgeEstimate(`O(${measured.best})`, referenceTime);
  return (
    <>
      <code>O({measured.best})</code>{' '}
      <span className="muted">(likely, {Math.round(measured.confidence * 100)} % confidence)</span>{' '}
      <VerdictBadge verdict={verdict} />
    </>
  );
}

function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`badge verdict-${verdict}`}>{VERDICT_LABEL[verdict]}</span>;
}

/** The estimate beside the reference complexity, with the automatic verdict for each. */
export function ComplexityVerdicts({
  estimate,
  reveal,
  reference,
  measured,
}: ComplexityVerdictsProps) {
  const rows = [
    {
      name: 'Time',
      yours: estimate.time,
      ref: reference.time,
      why: reference.timeReason,
      verdict: reveal.timeVerdict,
    },
    {
      name: 'Space',
      yours: estimate.space,
      ref: reference.space,
      why: reference.spaceReason,
      verdict: reveal.spaceVerdict,
    },
  ];
  return (
    <section className="round-card" aria-labelledby="complexity-heading">
      <h2 id="complexity-heading">Complexity</h2>
      <table className="verdict-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Measure</span>
            </th>
            <th scope="col">Your estimate</th>
            <th scope="col">Reference</th>
            <th scope="col">Verdict</th>
            {measured && <th scope="col">Measured</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>
                <code>{row.yours}</code>
              </td>
              <td>
                <code>{row.ref}</code>
                <p className="verdict-why">{row.why}</p>
              </td>
              <td>
                <VerdictBadge verdict={row.verdict} />
              </td>
              {measured && (
                <td>
                  {row.name === 'Time' ? (
                    <MeasuredCell measured={measured} referenceTime={reference.time} />
                  ) : (
                    <span className="muted">not timed</span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {estimate.reason.trim() && (
        <p className="muted">
          <strong>Your reason:</strong> {estimate.reason}
        </p>
      )}
    </section>
  );
}
