import { Link } from 'react-router';
import type { Problem } from '../../domain/problem/problem.schema';
import { snapshotReference } from '../../domain/verdict/work-verdicts';
import { AssessmentBar } from './assessment-bar';
import type { AssessmentSlots } from './assessment-slots';
import { EstimateView } from './estimate-view';
import { RevealView } from './reveal-view';
import { ScorecardView } from './scorecard-view';
import { useActiveAssessment, useAssessmentDispatch } from './use-assessment-store';
import { WorkingView } from './working-view';

export interface AssessmentPageProps extends AssessmentSlots {
  /** The assessment's problems, in its order. */
  problems: Problem[];
}

/**
 * `/assessment`: the active assessment. Everything comes from the store, so a reload lands on
 * the same phase and code, and the one countdown runs on from the absolute deadline.
 */
export function AssessmentPage({ problems, ...slots }: AssessmentPageProps) {
  const assessment = useActiveAssessment();
  const dispatch = useAssessmentDispatch();
  if (!assessment) return null;
  const { phase } = assessment;
  const reveal = () =>
    dispatch({
      type: 'reveal',
      references: problems.map((p) => snapshotReference(p.complexity)),
    });

  return (
    <div className={`round-page assessment-page assessment-phase-${phase}`}>
      <title>Assessment · MockRound</title>
      <AssessmentBar assessment={assessment} />
      <div className="round-main">
        {phase === 'working' && (
          <WorkingView assessment={assessment} problems={problems} slots={slots} />
        )}
        {phase === 'estimate' && (
          <EstimateView assessment={assessment} problems={problems} onReveal={reveal} />
        )}
        {phase === 'reveal' && (
          <RevealView assessment={assessment} problems={problems} slots={slots} />
        )}
        {(phase === 'scorecard' || phase === 'saved') && (
          <ScorecardView assessment={assessment} problems={problems} />
        )}
        {phase === 'saved' && (
          <p>
            <Link to="/assessment/new">Start another assessment</Link>
          </p>
        )}
      </div>
    </div>
  );
}
