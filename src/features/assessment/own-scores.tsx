import { EstimateScore } from '../../components/estimate-score';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import type { ProblemScore } from '../../domain/assessment/scorecard';
import type { Problem } from '../../domain/problem/problem.schema';
import { useAssessmentDispatch } from './use-assessment-store';

/**
 * Before Save: the candidate's own answer to "is your estimate right about your code?" wherever
 * the measurement did not decide (space always; time when inconclusive, e.g. the reveal was left
 * before its measurement ended). The same scores as in the reveal.
 */
export function OwnScores({
  assessment,
  problems,
  scores,
}: {
  assessment: Assessment;
  problems: Problem[];
  scores: ProblemScore[];
}) {
  const dispatch = useAssessmentDispatch();
  const open = scores.flatMap((score, index) => {
    const verdicts = score.verdicts;
    return verdicts?.kind === 'current' ? [{ index, time: verdicts.time.by === 'self-score' }] : [];
  });
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="own-scores-heading">
      <h2 id="own-scores-heading">Your own scores</h2>
      {open.map(({ index, time }) => {
        const title = problems[index]?.title ?? assessment.problems[index]?.slug ?? '';
        const current = assessment.problems[index]?.estimateScore;
        const onScore = (dimension: 'time' | 'space', verdict: 'right' | 'close' | 'wrong') =>
          dispatch({ type: 'score-estimate', index, dimension, verdict });
        return (
          <section key={index} aria-label={`Your own scores: ${title}`}>
            <h3>{title}</h3>
            {time && <EstimateScore dimension="time" value={current?.time} onScore={onScore} />}
            <EstimateScore dimension="space" value={current?.space} onScore={onScore} />
          </section>
        );
      })}
    </section>
  );
}
