import type { SubmissionResult } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';
import { getRunnerClient } from '../../runner/client/runner-client';
import type { Language } from '../../runner/protocol';
import type { RunMode, RunReport } from '../../runner/run-report';

/** Runs code through the app's runner; a failing client becomes a "crashed" report to show. */
export async function runAssessmentTests(
  problem: Problem,
  mode: RunMode,
  code: string,
  language: Language,
): Promise<RunReport> {
  try {
    return await getRunnerClient().run(problem, { mode, code, language });
  } catch (error) {
    return {
      mode,
      status: 'crashed',
      loadError: {
        kind: 'crashed',
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      },
      tests: [],
      passed: 0,
      failed: 0,
      totalMs: 0,
      budgetMs: problem.runBudgetMs ?? 2000,
    };
  }
}

/** Whether a run is going now (one at a time, app-wide). */
export const runnerBusy = (): boolean => getRunnerClient().isRunning();

/** Stops the current run; its report comes back as "stopped". */
export const stopRun = (): void => getRunnerClient().stop();

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
