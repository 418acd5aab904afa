import type { CapturedConsole, ErrorInfo } from './protocol';

export type RunMode = 'run' | 'submit';

export type TestStatus =
  'pass' | 'fail' | 'error' | 'timeout' | 'stopped' | 'crashed' | 'not-run' | 'skipped';

/** One test's result, ready to show. Hidden tests carry only their status. */
export interface TestResult {
  id: string;
  name: string;
  hidden: boolean;
  status: TestStatus;
  /** Readable input, e.g. "nums = [2,7,11,15], target = 9". */
  input?: string;
  expected?: string;
  actual?: string;
  /** Why a comparison or checker failed, or what stopped the test. */
  reason?: string;
  error?: ErrorInfo;
  console?: CapturedConsole;
  ms: number;
}

export type RunStatus = 'done' | 'compile-error' | 'timeout' | 'stopped' | 'crashed';

export interface RunReport {
  mode: RunMode;
  status: RunStatus;
  /** The error that kept the code from loading (syntax error, missing entry, top-level throw). */
  loadError?: ErrorInfo;
  tests: TestResult[];
  passed: number;
  failed: number;
  totalMs: number;
  budgetMs: number;
}

/** "3 passed, 1 failed" — the summary line people read first. */
export function summarize(report: Pick<RunReport, 'passed' | 'failed'>): string {
  return `${report.passed} passed, ${report.failed} failed`;
}
