import { problemVerdicts } from '../assessment/assessment-verdicts';
import type { Assessment, ProblemWork } from '../assessment/assessment.schema';
import type { Outcome } from './round-facts';
import { ROUND_SUMMARY_VERSION, verdictFields, type RoundSummary } from './round-summary';

/** Like a round's: every test passed, some did, or none (no result counts as none). */
function outcomeOf(work: ProblemWork): Outcome {
  const { result } = work;
  if (!result) return 'failed';
  const passed = result.visible.passed + result.hidden.passed;
  const total = result.visible.total + result.hidden.total;
  if (passed === 0) return 'failed';
  return passed === total ? 'passed' : 'partial';
}

/**
 * A saved assessment as the Progress dashboard and Calibration count attempts: one summary per
 * problem, timed (the assessment ran under a countdown), placed at the assessment's start, with
 * the same verdicts a round gets (problemVerdicts). `usedMs` is the time spent on that problem,
 * and `durationMs` the whole assessment's: a problem has no limit of its own.
 */
export function summarizeAssessment(a: Assessment): RoundSummary[] {
  return a.problems.map((work) => ({
    v: ROUND_SUMMARY_VERSION,
    id: `${a.id}/${work.slug}`,
    problemSlug: work.slug,
    mode: 'timed',
    startedAt: a.startedAt,
    durationMs: a.durationMs,
    usedMs: Math.min(work.timeSpentMs, a.durationMs),
    outcome: outcomeOf(work),
    ...verdictFields(problemVerdicts(work)),
    estimate: work.estimate ? { time: work.estimate.time, space: work.estimate.space } : null,
    assessmentId: a.id,
  }));
}

/** Every problem of the saved assessments (unsaved ones are left out), for counting with rounds. */
export function summarizeAssessments(assessments: readonly Assessment[]): RoundSummary[] {
  return assessments.filter((a) => a.phase === 'saved').flatMap(summarizeAssessment);
}
