import { compileChecker } from '../domain/judge/compare';
import type { Problem } from '../domain/problem/problem.schema';
import type { CaseExecution, ErrorInfo, RunLanguage } from './protocol';
import type { RunMode, RunReport, TestResult } from './run-report';
import { markPosted, markReplied } from './run-timing';
import type { AsyncChecker } from './async-checker';
import { runBudget } from './run-budget';
import { judgeCase } from './judge-case';
import { runSpecs, specSources, type Raced } from './run-specs';
import type { SandboxFactory } from './sandbox-handle';

export type { SandboxFactory, SandboxHandle } from './sandbox-handle';
export { DEFAULT_BUDGET_MS, PYTHON_BUDGET_FACTOR, runBudget } from './run-budget';

export type RunnableProblem = Pick<Problem, 'entry' | 'tests' | 'spec' | 'checker' | 'runBudgetMs'>;

export interface RunOptions {
  mode: RunMode;
  code: string;
  language: RunLanguage;
  budgetMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  /** Keep hidden tests' input, expected and actual (for authors' tools; the app never shows them). */
  showHidden?: boolean;
  /** End the run at the first failing test (the validator only needs to know a solution fails); no case is sent past it. */
  stopOnFailure?: boolean;
  /**
   * Runs checker.js outside this realm (the CLI: in a jailed process) instead of
   * compiling it here. Resolves true, false or a reason; rejects if the checker fails.
   */
  checker?: AsyncChecker;
  /**
   * Called once the code (and, unless stopOnFailure, every case) has been handed to the sandbox.
   * The app renders its "running" state then, so that render runs beside the sandbox instead of
   * before it.
   */
  onPosted?: () => void;
}

/**
 * Runs a problem's tests against user code in a fresh sandbox, within a time
 * budget for the whole run. Comparisons happen here, outside the sandbox.
 */
export async function runTests(
  problem: RunnableProblem,
  acquire: SandboxFactory,
  options: RunOptions,
): Promise<RunReport> {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? runBudget(problem, options.language);
  // The budget counts the user's code, not the sandbox start (acquire hands over a ready sandbox).
  const handle = await acquire();
  const started = now();
  const timers: ReturnType<typeof setTimeout>[] = [];
  let calls = 0;
  let unanswered = 0;
  let loadMs = 0;

  /** Sends a call to the sandbox; counts it until its reply comes (and handles a rejection). */
  function send<T>(promise: Promise<T>): Promise<T> {
    calls += 1;
    unanswered += 1;
    const answered = () => (unanswered -= 1);
    promise.then(answered, answered);
    return promise;
  }

  function race<T>(promise: Promise<T>): Promise<Raced<T>> {
    const remaining = Math.max(0, budgetMs - (now() - started));
    return new Promise((resolve) => {
      timers.push(setTimeout(() => resolve({ kind: 'timeout' }), remaining));
      if (options.signal?.aborted) resolve({ kind: 'stopped' });
      options.signal?.addEventListener('abort', () => resolve({ kind: 'stopped' }), { once: true });
      handle.crashed.then((message) => resolve({ kind: 'crashed', message }));
      promise.then(
        (value) => resolve({ kind: 'value', value }),
        (error: unknown) =>
          resolve({ kind: 'crashed', message: String((error as Error)?.message ?? error) }),
      );
    });
  }

  const plan = planTests(problem, options.mode);
  const results: TestResult[] = plan.cases.map((c, i) => ({
    id: `case-${i}`,
    name: c.name,
    hidden: c.hidden,
    status: 'not-run',
    ms: 0,
  }));
  let status: RunReport['status'] = 'done';
  let loadError: ErrorInfo | undefined;

  const stop = (outcome: Raced<unknown>, target: TestResult | undefined): boolean => {
    if (outcome.kind === 'value') return false;
    status = outcome.kind;
    const message =
      outcome.kind === 'timeout'
        ? `Time limit exceeded: the run took longer than its ${budgetMs} ms budget (an infinite loop, or too slow for this input size).`
        : outcome.kind === 'stopped'
          ? 'Stopped by you.'
          : `The sandbox crashed: ${outcome.message} (out of memory?).`;
    if (target) {
      target.status = outcome.kind;
      target.reason = message;
    } else {
      loadError = { kind: outcome.kind, name: 'Stopped', message };
    }
    return true;
  };

  try {
    markPosted();
    const loading = send(
      handle.api.load({
        code: options.code,
        language: options.language,
        entry: entrySpec(problem),
        specs: specSources(problem, options.mode).map((s) => s.source),
      }),
    );
    // Every case is sent at once: the sandbox runs them in order without waiting for this
    // thread, which may be busy painting. If the code does not load, they fail unread.
    // A run that ends at its first failure sends each case only once the one before has
    // passed, so nothing is left queued behind a failure (a kept Python runtime is free at once).
    const runCase = (i: number) => send(handle.api.runCase(plan.cases[i]?.args ?? []));
    const running: (Promise<CaseExecution> | undefined)[] = options.stopOnFailure
      ? []
      : plan.cases.map((_, i) => runCase(i));
    options.onPosted?.();
    const loaded = await race(loading);
    if (loaded.kind === 'value') loadMs = loaded.value.ms ?? 0;
    if (!stop(loaded, undefined) && loaded.kind === 'value' && !loaded.value.ok) {
      status = 'compile-error';
      loadError = loaded.value.error;
    }
    if (status === 'done') {
      const checker =
        problem.checker && !options.checker ? compileChecker(problem.checker) : undefined;
      for (let i = 0; i < plan.cases.length && status === 'done'; i += 1) {
        const testCase = plan.cases[i] as (typeof plan.cases)[number];
        const result = results[i] as TestResult;
        const raced = await race((running[i] ??= runCase(i)));
        if (stop(raced, result) || raced.kind !== 'value') break;
        await judgeCase(result, testCase, raced.value, problem, checker ?? options.checker);
        if (options.stopOnFailure && result.status !== 'pass') break;
      }
      const failedAlready =
        options.stopOnFailure && results.some((r) => r.status === 'fail' || r.status === 'error');
      if (status === 'done' && !failedAlready) {
        await runSpecs(
          problem,
          options.mode,
          handle,
          (p) => race(send(p)),
          results,
          stop,
          options.stopOnFailure ?? false,
        );
      }
    }
  } finally {
    markReplied({ workerMs: results.reduce((sum, r) => sum + r.ms, loadMs), calls });
    for (const t of timers) clearTimeout(t);
    handle.dispose(unanswered === 0 && (status === 'done' || status === 'compile-error'));
  }

  const passed = results.filter((r) => r.status === 'pass').length;
  const failed = results.filter((r) => r.status !== 'pass' && r.status !== 'skipped').length;
  const report: RunReport = {
    mode: options.mode,
    status,
    tests: options.showHidden ? results : results.map(redactHidden),
    passed,
    failed,
    totalMs: now() - started,
    budgetMs,
  };
  if (loadError) report.loadError = loadError;
  return report;
}

function entrySpec(problem: RunnableProblem) {
  return {
    kind: problem.entry.kind,
    name: problem.entry.name,
    paramShapes: problem.entry.params.map((p) => p.shape),
    returnShape: problem.entry.returns.shape,
  };
}

/** Which data cases a mode runs: Run shows visible tests only, Submit runs all. */
export function planTests(problem: RunnableProblem, mode: RunMode) {
  const cases = problem.tests.cases.filter((c) => mode === 'submit' || !c.hidden);
  return { cases };
}

/** Hidden tests show only their status. */
function redactHidden(result: TestResult): TestResult {
  if (!result.hidden) return result;
  const { id, name, hidden, status, ms } = result;
  const timedOut = status === 'timeout' || status === 'crashed' ? { reason: result.reason } : {};
  return { id, name, hidden, status, ms, ...timedOut };
}
