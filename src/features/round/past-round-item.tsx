import { Link } from 'react-router';
import { getSummary } from '../../content/problem-bank';
import { formatClock, formatElapsed } from '../../domain/round/round-timer';
import type { Round } from '../../domain/round/round.schema';
import { FEELINGS } from './soft-landing';
import { MODE_LABEL, SELF_SCORE_LABEL, timeUsedMs } from './round-format';
import { PastVerdicts } from './past-verdicts';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One finished or abandoned round: when, how, tests, complexity verdicts, self-score, feeling. */
export function PastRoundItem({ round }: { round: Round }) {
  const title = getSummary(round.problemSlug)?.title ?? round.problemSlug;
  const when = round.savedAt ?? round.abandonedAt ?? round.startedAt;
  const used = timeUsedMs(round);
  const { reveal, estimate, recap } = round;
  const feeling = recap ? FEELINGS.find((f) => f.value === recap.feeling) : undefined;

  return (
    <li className="round-card past-round">
      <div className="past-round-head">
        <Link className="past-round-title" to={`/problems/${round.problemSlug}`}>
          {title}
        </Link>
        <span className={`badge round-mode round-mode-${round.mode}`}>
          {MODE_LABEL[round.mode]}
        </span>
        {round.abandonedAt !== null && <span className="badge round-abandoned">Abandoned</span>}
        <time className="muted" dateTime={new Date(when).toISOString()}>
          {DATE.format(when)}
        </time>
      </div>
      <dl className="round-facts">
        <div>
          <dt>Time used</dt>
          <dd>
            {formatElapsed(used)} of {formatClock(round.durationMs)}
          </dd>
        </div>
        {reveal && (
          <div>
            <dt>Tests</dt>
            <dd>
              {reveal.passed} of {reveal.passed + reveal.failed} passed
            </dd>
          </div>
        )}
        {estimate && reveal && (
          <div>
            <dt>Complexity</dt>
            <dd>
              <PastVerdicts estimate={estimate} reveal={reveal} growth={round.growth} />
            </dd>
          </div>
        )}
        {reveal?.selfScore && (
          <div>
            <dt>Self-score</dt>
            <dd>{SELF_SCORE_LABEL[reveal.selfScore]}</dd>
          </div>
        )}
        <div>
          <dt>Hints · notes · runs</dt>
          <dd>
            {round.hintsUsed.length} · {round.notes.length} · {round.runs.length}
          </dd>
        </div>
        {feeling && (
          <div>
            <dt>Feeling</dt>
            <dd>
              {feeling.value} of 5 ({feeling.label})
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
