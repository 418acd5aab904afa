import type { Round } from '../../domain/round/round.schema';

interface Props {
  round: Round;
  reference?: { time: string; space: string };
  measured?: { time?: string; space?: string };
}

/** Estimate against the reference (and the measurement, when the round has one), with the verdicts. */
export function RoundEstimates({ round, reference, measured }: Props) {
  const row = (label: string, key: 'time' | 'space') => (
    <tr>
      <th scope="row">{label}</th>
      <td>{round.estimate?.[key] || '—'}</td>
      <td>{reference?.[key] ?? '—'}</td>
      {measured && <td>{measured[key] ?? '—'}</td>}
      <td>{round.reveal?.[key === 'time' ? 'timeVerdict' : 'spaceVerdict'] ?? '—'}</td>
    </tr>
  );
  return (
    <table className="round-estimates">
      <caption>Complexity: your estimate against the reference</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Estimate</th>
          <th scope="col">Reference</th>
          {measured && <th scope="col">Measured</th>}
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        {row('Time', 'time')}
        {row('Space', 'space')}
      </tbody>
    </table>
  );
}
