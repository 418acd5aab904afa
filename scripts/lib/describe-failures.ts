import type { RunReport } from '../../src/runner/run-report';

/**
 * Why a run did not pass, in one line for validate's output: the error that kept the code from
 * loading, or the first three tests that did not pass. A run cut off before any test reported
 * (a time-out, a crash) still says so.
 */
export function describeFailures(report: RunReport): string {
  if (report.loadError) {
    const e = report.loadError;
    const at = e.location ? ` at line ${e.location.line}` : '';
    return `${report.status}: ${e.name}: ${e.message}${at}`;
  }
  const bad = report.tests.filter((t) => t.status !== 'pass' && t.status !== 'skipped');
  const tests = bad
    .slice(0, 3)
    .map(
      (t) =>
        `"${t.name}" ${t.status}${t.error ? ` (${t.error.name}: ${t.error.message})` : t.reason ? ` (${t.reason})` : ''}`,
    )
    .join(', ');
  if (report.status === 'done') return tests || 'no test passed';
  return tests ? `${report.status}: ${tests}` : report.status;
}

/** Loaded, ran, and passed every one of at least one test. */
export const allPass = (r: RunReport): boolean =>
  r.status === 'done' && r.failed === 0 && r.passed > 0;
