import { loadProblem } from '../../content/problem-bank';

export type ReferenceAnswer = { ok: true; expected: unknown } | { ok: false; message: string };

/**
 * The reference solution's answer to a custom input, computed in a sandbox of its own
 * (never the candidate's): the expected value of a custom case.
 */
export async function referenceAnswer(slug: string, args: unknown[]): Promise<ReferenceAnswer> {
  // The runner loads on first use, not with the problem page.
  const [problem, { createWorkerPool }, { runTests }] = await Promise.all([
    loadProblem(slug),
    import('../../runner/client/worker-pool'),
    import('../../runner/run-session'),
  ]);
  if (!problem) return { ok: false, message: `The reference of ${slug} could not be loaded.` };
  const pool = createWorkerPool();
  try {
    const report = await runTests(
      {
        entry: problem.entry,
        tests: {
          compare: problem.tests.compare,
          cases: [{ name: 'custom', args, expected: null, hidden: false }],
        },
        spec: {},
        checker: undefined,
        runBudgetMs: problem.runBudgetMs,
      },
      () => pool.acquire(),
      { mode: 'run', code: problem.solution, language: 'js' },
    );
    const result = report.tests[0];
    if (report.status !== 'done' || !result || result.status === 'error') {
      const why = result?.error?.message ?? result?.reason ?? report.loadError?.message;
      return {
        ok: false,
        message: `The reference solution cannot answer this input${why ? `: ${why}` : ` (${report.status})`}.`,
      };
    }
    try {
      return { ok: true, expected: JSON.parse(result.actual ?? '') as unknown };
    } catch {
      return {
        ok: false,
        message: 'The reference answer is too large or not JSON; try a smaller input.',
      };
    }
  } finally {
    pool.dispose();
  }
}
