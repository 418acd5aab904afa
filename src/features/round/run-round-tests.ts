import type { Problem } from '../../domain/problem/problem.schema';
import { getRunnerClient } from '../../runner/client/runner-client';
import type { Language } from '../../runner/protocol';
import type { RunMode, RunReport } from '../../runner/run-report';

/** The default per-run budget when a problem sets none (problem.md `runBudgetMs`). */
const DEFAULT_BUDGET_MS = 2000;

/**
 * Runs the round's code through the app's runner and always returns a report: when the client
 * itself fails (the worker cannot start), the failure becomes a "crashed" report to show.
 */
export async function runRoundTests(
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
      budgetMs: problem.runBudgetMs ?? DEFAULT_BUDGET_MS,
    };
  }
}

/** Whether a run is going now (one at a time, app-wide). */
export function runnerBusy(): boolean {
  return getRunnerClient().isRunning();
}

/** Stops the current run; its report comes back as "stopped". */
export function stopRun(): void {
  getRunnerClient().stop();
}
