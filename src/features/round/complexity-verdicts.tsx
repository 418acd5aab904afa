import type { Problem } from '../../domain/problem/problem.schema';
import type { Estimate, Reveal, Verdict } from '../../domain/round/round.schema';
import { VERDICT_LABEL } from './round-format';

interface ComplexityVerdictsProps {
  estimate: Estimate;
  reveal: Pick<Reveal, 'timeVerdict' | 'spaceVerdict'>;
  reference: Problem['complexity'];
}

function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`badge verdict-${verdict}`}>{VERDICT_LABEL[verdict]}</span>;
}

/** The estimate beside the reference complexity, with the automatic verdict for each. */
export function ComplexityVerdicts({ estimate, reveal, reference }: ComplexityVerdictsProps) {
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
