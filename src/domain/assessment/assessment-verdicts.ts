import { verdictsOf, type JudgedWork, type WorkVerdicts } from '../verdict/work-verdicts';
import type { ProblemWork } from './assessment.schema';

/**
 * One assessment problem as the verdicts see a round: its submission's results (hidden tests
 * included), the reference kept at the reveal, the measured growth and the candidate's own score.
 */
export function judgedWorkOf(work: ProblemWork): JudgedWork {
  const { result } = work;
  if (!result) return { estimate: work.estimate, reveal: null };
  const passed = result.visible.passed + result.hidden.passed;
  const total = result.visible.total + result.hidden.total;
  return {
    estimate: work.estimate,
    reveal: {
      passed,
      failed: total - passed,
      status: result.status,
      reference: work.reference ?? undefined,
      estimateScore: work.estimateScore,
      olderVerdict: work.olderVerdict ?? undefined,
    },
    growth: work.growth,
  };
}

/** Both questions for one assessment problem (null before its results), as for a round. */
export function problemVerdicts(work: ProblemWork): WorkVerdicts {
  return verdictsOf(judgedWorkOf(work));
}
