import type { Language } from '../../runner/protocol';
import type { RunMode, RunReport } from '../../runner/run-report';
import { problemScope, runResults } from '../../store/run-results';
import { submissionRecords } from '../../store/submission-records';

/**
 * Keeps a finished Run or Submit beyond the page: its report (shown again after a reload) and,
 * for a Submit, the code, language, verdict and time in the problem's Submits. Resolves with a
 * message when the Submit could not be kept, null otherwise (the report is only a convenience).
 */
export async function keepRun(
  slug: string,
  mode: RunMode,
  code: string,
  language: Language,
  report: RunReport,
  atMs = Date.now(),
): Promise<string | null> {
  // Never throws: without IndexedDB (or with it blocked) the run still shows.
  void Promise.resolve()
    .then(() => runResults().save(problemScope(slug), report, atMs))
    .catch(() => undefined);
  if (mode !== 'submit') return null;
  try {
    await submissionRecords().add({
      version: 1,
      id: `${atMs.toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
      slug,
      language,
      code,
      verdict: { status: report.status, passed: report.passed, failed: report.failed },
      atMs,
    });
    return null;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return `This Submit could not be saved (${why}); your code is still in the editor.`;
  }
}
