import { useCallback, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import type { AssessmentSlots } from './assessment-slots';
import { ProblemReveal } from './problem-reveal';
import { useAssessmentDispatch } from './use-assessment-store';
import { useSubmissions } from './use-submissions';

interface RevealViewProps {
  assessment: Assessment;
  problems: Problem[];
  slots: Pick<AssessmentSlots, 'renderResults' | 'renderGrowth'>;
}

/**
 * Every submission runs against all tests; then each one's growth is measured, one at a time (side
 * by side, timings would suffer), and its estimate judged against it; then the scorecard.
 */
export function RevealView({ assessment, problems, slots }: RevealViewProps) {
  const dispatch = useAssessmentDispatch();
  const { reports, runningSlug } = useSubmissions(problems, assessment.phase === 'reveal');
  const done = assessment.problems.every((p) => p.result !== null);
  // Measurements that ended here (measured, failed or cancelled): their turn is over.
  const [ended, setEnded] = useState<ReadonlySet<number>>(new Set());
  const onMeasuringChange = useCallback((index: number, running: boolean) => {
    if (!running) setEnded((all) => new Set(all).add(index));
  }, []);
  const pending = (index: number) => {
    const work = assessment.problems[index];
    return Boolean(slots.renderGrowth && work?.submission && !work.growth && !ended.has(index));
  };
  const turn = done ? assessment.problems.findIndex((_, index) => pending(index)) : -1;
  return (
    <section className="round-panel" aria-labelledby="assessment-reveal-heading">
      <h1 id="assessment-reveal-heading">Submission results</h1>
      <p role="status">
        {!done
          ? 'Running every submission against all tests, hidden ones included…'
          : turn >= 0
            ? `Measuring how each submission's running time grows (${problems[turn]?.title ?? ''})…`
            : 'Every submission has run.'}
      </p>
      {problems.map((problem, index) => {
        const work = assessment.problems[index];
        return (
          work && (
            <ProblemReveal
              key={problem.slug}
              problem={problem}
              work={work}
              index={index}
              report={reports[problem.slug]}
              running={runningSlug === problem.slug}
              measureNow={turn === index}
              measuring={pending(index)}
              onMeasuringChange={onMeasuringChange}
              slots={slots}
            />
          )
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
        {turn >= 0 && (
          <p className="muted">
            Going on now stops the measurement: your own score then decides whether a time estimate
            was right.
          </p>
        )}
      </div>
    </section>
  );
}
