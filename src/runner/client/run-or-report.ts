import type { Problem } from '../../domain/problem/problem.schema';
import type { Language } from '../protocol';
import type { RunMode, RunReport } from '../run-report';
import { DEFAULT_BUDGET_MS } from '../run-session';
import { getRunnerClient } from './runner-client';

/** A report for a run the client itself failed to perform, so the failure is shown, not swallowed. */
export function clientFailureReport(mode: RunMode, budgetMs: number, error: unknown): RunReport {
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
    budgetMs,
  };
}

/**
 * Runs code through the app's runner and always returns a report: when the client itself
 * fails (the worker cannot start), the failure becomes a "crashed" report to show.
 */
export async function runOrReport(
  problem: Problem,
  mode: RunMode,
  code: string,
  language: Language,
): Promise<RunReport> {
  try {
    return await getRunnerClient().run(problem, { mode, code, language });
  } catch (error) {
    return clientFailureReport(mode, problem.runBudgetMs ?? DEFAULT_BUDGET_MS, error);
  }
}

/** Whether a run is going now (one at a time, app-wide). */
export const runnerBusy = (): boolean => getRunnerClient().isRunning();

/** Stops the current run; its report comes back as "stopped". */
export const stopRun = (): void => getRunnerClient().stop();
