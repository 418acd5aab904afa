import { ProblemStatusBadge } from '../../components/problem-status-badge';
import { isPassing, type Submission } from '../../domain/practice/submission.schema';
import { LANGUAGE_LABEL } from '../../domain/problem/languages';
import { useProblemProgress } from './use-problem-progress';

/** How many Submits the list shows (all of them are kept). */
const SHOWN = 5;

function verdictText({ verdict }: Submission): string {
  const total = verdict.passed + verdict.failed;
  if (isPassing(verdict)) return `Passed all ${total} tests`;
  if (verdict.status !== 'done')
    return `${verdict.status.replace('-', ' ')}, ${verdict.passed} of ${total} passed`;
  return `${verdict.passed} of ${total} tests passed`;
}

/** Solved / attempted / not tried, and the latest practice Submits with their verdicts. */
export function ProblemProgress({ slug }: { slug: string }) {
  const progress = useProblemProgress(slug);
  if (!progress) return null;
  const { status, submissions, problems } = progress;
  return (
    <section className="problem-progress" aria-labelledby="problem-progress-heading">
      <h2 id="problem-progress-heading">
        Your submissions <ProblemStatusBadge status={status} />
      </h2>
      {submissions.length === 0 ? (
        <p className="muted">
          No Submit yet: Submit runs every test, hidden ones too, and is kept here.
        </p>
      ) : (
        <ol className="submission-list">
          {submissions.slice(0, SHOWN).map((s) => (
            <li key={s.id}>
              <time dateTime={new Date(s.atMs).toISOString()}>
                {new Date(s.atMs).toLocaleString()}
              </time>{' '}
              · {LANGUAGE_LABEL[s.language]} · {verdictText(s)}
            </li>
          ))}
        </ol>
      )}
      {submissions.length > SHOWN && (
        <p className="muted">{submissions.length - SHOWN} older Submits kept (not shown).</p>
      )}
      {problems.map((p) => (
        <p key={p} role="alert">
          {p}
        </p>
      ))}
    </section>
  );
}
