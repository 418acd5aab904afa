import { Link } from 'react-router';
import { assessmentLine } from '../../domain/assessment/assessment-report';
import type { SavedAssessments } from './use-saved-assessments';

/** The saved assessments on History: when, which problems, how it went; each opens its page. */
export function SavedAssessmentList({
  saved,
  titleOf,
}: {
  saved: SavedAssessments;
  titleOf: (slug: string) => string;
}) {
  if (saved.status === 'loading') return <p role="status">Loading your assessments…</p>;
  if (saved.status === 'failed') {
    return (
      <p className="round-error" role="alert">
        Your saved assessments could not be read ({saved.message}).
      </p>
    );
  }
  return (
    <section aria-labelledby="saved-assessments-heading">
      <h2 id="saved-assessments-heading">Assessments</h2>
      {saved.problems.map((problem) => (
        <p key={problem} className="round-error" role="alert">
          {problem}
        </p>
      ))}
      {saved.assessments.length === 0 ? (
        <p className="muted">
          No saved assessments yet. <Link to="/assessment/new">Start an assessment</Link>.
        </p>
      ) : (
        <ol className="history-list" aria-label="Saved assessments">
          {saved.assessments.map((a) => (
            <li key={a.id} className="history-row">
              <Link to={`/history/assessments/${encodeURIComponent(a.id)}`}>
                Assessment of {new Date(a.savedAt ?? a.startedAt).toLocaleString()}
              </Link>
              <span>{a.problems.map((p) => titleOf(p.slug)).join(', ')}</span>
              <span className="muted">{assessmentLine(a)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
