import type { Assessment } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import type { AssessmentSlots } from './assessment-slots';
import { useAssessmentDispatch } from './use-assessment-store';
import { useSubmissions } from './use-submissions';

interface RevealViewProps {
  assessment: Assessment;
  problems: Problem[];
  renderResults: AssessmentSlots['renderResults'];
}

/** Every submission runs against all tests; then the scorecard. */
export function RevealView({ assessment, problems, renderResults }: RevealViewProps) {
  const dispatch = useAssessmentDispatch();
  const { reports, runningSlug } = useSubmissions(problems, assessment.phase === 'reveal');
  const done = assessment.problems.every((p) => p.result !== null);
  return (
    <section className="round-panel" aria-labelledby="assessment-reveal-heading">
      <h1 id="assessment-reveal-heading">Submission results</h1>
      <p role="status">
        {done
          ? 'Every submission has run.'
          : 'Running every submission against all tests, hidden ones included…'}
      </p>
      {problems.map((problem, index) => {
        const result = assessment.problems[index]?.result;
        return (
          <section key={problem.slug} aria-label={`Results: ${problem.title}`}>
            <h2>{problem.title}</h2>
            {result ? (
              <p>{`${result.visible.passed} of ${result.visible.total} visible and ${result.hidden.passed} of ${result.hidden.total} hidden tests passed`}</p>
            ) : (
              <p className="muted">{runningSlug === problem.slug ? 'Running…' : 'Waiting…'}</p>
            )}
            {reports[problem.slug] && renderResults(reports[problem.slug], false)}
          </section>
        );
      })}
      <div className="round-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!done}
          onClick={() => dispatch({ type: 'to-scorecard' })}
        >
          See the scorecard
        </button>
      </div>
    </section>
  );
}
