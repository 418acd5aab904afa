import { ComplexityVerdicts } from '../../components/complexity-verdicts';
import { judgedWorkOf } from '../../domain/assessment/assessment-verdicts';
import type { ProblemWork } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import type { RunReport } from '../../runner/run-report';
import type { AssessmentSlots } from './assessment-slots';
import { useAssessmentDispatch } from './use-assessment-store';

interface ProblemRevealProps {
  problem: Problem;
  work: ProblemWork;
  index: number;
  report: RunReport | undefined;
  running: boolean;
  /** This problem's turn to measure its submission (one at a time, after every test ran). */
  measureNow: boolean;
  /** Its measurement is still to come or running: the verdict says so rather than "not measured". */
  measuring: boolean;
  onMeasuringChange: (index: number, running: boolean) => void;
  slots: Pick<AssessmentSlots, 'renderResults' | 'renderGrowth'>;
}

/**
 * One problem in the reveal: its test results, then (once they are in) its estimate against the
 * measured growth of the submission and against the reference, exactly as a round's reveal.
 */
export function ProblemReveal({
  problem,
  work,
  index,
  report,
  running,
  measureNow,
  measuring,
  onMeasuringChange,
  slots,
}: ProblemRevealProps) {
  const dispatch = useAssessmentDispatch();
  const { result, estimate, submission } = work;
  const reveal = judgedWorkOf(work).reveal;
  return (
    <section aria-label={`Results: ${problem.title}`}>
      <h2>{problem.title}</h2>
      {result ? (
        <p>{`${result.visible.passed} of ${result.visible.total} visible and ${result.hidden.passed} of ${result.hidden.total} hidden tests passed`}</p>
      ) : (
        <p className="muted">{running ? 'Running…' : 'Waiting…'}</p>
      )}
      {report && slots.renderResults(report, false)}
      {estimate && reveal && (
        <ComplexityVerdicts
          estimate={estimate}
          reveal={reveal}
          measured={work.growth}
          measuring={measuring}
          what="assessment"
          onScore={(dimension, verdict) =>
            dispatch({ type: 'score-estimate', index, dimension, verdict })
          }
        />
      )}
      {result &&
        submission &&
        slots.renderGrowth?.({
          problem,
          code: submission.code,
          language: submission.language,
          autoStart: measureNow,
          attempts: 3,
          onMeasured: (measured) => dispatch({ type: 'set-measured', index, measured }),
          onRunningChange: (on) => onMeasuringChange(index, on),
        })}
    </section>
  );
}
