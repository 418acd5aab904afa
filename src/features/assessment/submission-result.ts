import type { SubmissionResult } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import type { RunReport } from '../../runner/run-report';

/**
 * Visible and hidden pass counts of a Submit report. When the code did not even load (no test
 * results), the totals come from the problem's cases, so its tests count as not passed.
 */
export function submissionResult(problem: Problem, report: RunReport): SubmissionResult {
  const tests = report.tests.length > 0 ? report.tests : problem.tests.cases;
  const count = (hidden: boolean) => {
    const mine = report.tests.filter((t) => t.hidden === hidden);
    return {
      passed: mine.filter((t) => t.status === 'pass').length,
      total: tests.filter((t) => t.hidden === hidden).length,
    };
  };
  return { status: report.status, visible: count(false), hidden: count(true) };
}
