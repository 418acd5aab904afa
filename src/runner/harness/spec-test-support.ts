import { nodeSandbox } from '../../../scripts/lib/node-sandbox';
import { runTests, type RunnableProblem } from '../run-session';
import type { TestResult } from '../run-report';

/** A problem whose only tests are the given Jest/Vitest spec, calling `subject`. */
export function specProblem(spec: string): RunnableProblem {
  return {
    entry: {
      kind: 'function',
      name: 'subject',
      params: [{ name: 'x', type: 'unknown', shape: 'json' }],
      returns: { type: 'unknown', shape: 'json' },
    },
    tests: { compare: 'exact', cases: [] },
    spec: { visible: spec },
    runBudgetMs: 10_000,
  } as RunnableProblem;
}

export interface SpecOutcome {
  status: string;
  tests: { name: string; status: TestResult['status']; message?: string }[];
}

/** Runs a spec in a fresh Node sandbox (the harness the browser worker serves) and sums it up. */
export async function runSpec(
  spec: string,
  code = 'function subject(x) { return x; }',
): Promise<SpecOutcome> {
  const report = await runTests(specProblem(spec), nodeSandbox, {
    mode: 'submit',
    code,
    language: 'js',
    showHidden: true,
  });
  return {
    status: report.status,
    tests: report.tests.map((t) => ({
      name: t.name,
      status: t.status,
      ...(t.error ? { message: t.error.message } : {}),
    })),
  };
}

/** name → status, for compact assertions. */
export function statuses(outcome: SpecOutcome): Record<string, string> {
  return Object.fromEntries(outcome.tests.map((t) => [t.name, t.status]));
}
