import { Link } from 'react-router';
import { getSummary } from '../../content/problem-bank';
import type { RoundSummary } from '../../domain/history/round-summary';
import { formatElapsed } from '../../domain/round/round-timer';

const OUTCOME_LABEL = {
  passed: 'Passed',
  partial: 'Partly passed',
  failed: 'Failed',
  abandoned: 'Abandoned',
} as const;

// One shared formatter: toLocaleString() builds a new one per call, which shows with 1,000 rows.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One History entry: problem, date, mode, outcome and time used; links to the round's page. */
export function HistoryRow({ round }: { round: RoundSummary }) {
  const title = getSummary(round.problemSlug)?.title ?? round.problemSlug;
  const { outcome } = round;
  const when = new Date(round.startedAt);
  return (
    <li className="history-row">
      <Link to={`/history/${encodeURIComponent(round.id)}`}>{title}</Link>{' '}
      <time dateTime={when.toISOString()}>{dateFormat.format(when)}</time>
      <span className="history-meta">
        {round.mode === 'timed' ? 'Timed' : 'Practice'} ·{' '}
        <span className={`outcome outcome-${outcome}`}>{OUTCOME_LABEL[outcome]}</span> ·{' '}
        {formatElapsed(round.usedMs)} of {formatElapsed(round.durationMs)}
      </span>
    </li>
  );
}
