import { compareValues, compileChecker, type Checker } from '../domain/judge/compare';
import type { Problem } from '../domain/problem/problem.schema';
import type { CaseExecution, ErrorInfo, RunLanguage, SandboxApi } from './protocol';
import type { RunMode, RunReport, TestResult } from './run-report';
import { displayJson, formatInput } from './format-input';
import { markPosted, markReplied } from './run-timing';
import { checkAsync, isAsyncChecker, type AsyncChecker } from './async-checker';

/** A sandbox for one run, and the means to end it. */
export interface SandboxHandle {
  api: SandboxApi;
  /** Resolves with a message if the sandbox dies (out of memory, crash). */
  crashed: Promise<string>;
  /**
   * Ends the sandbox; called after every run and on time-out or stop. `idle`: it has
   * answered every call, so ending it may wait for a quiet moment (after the results paint).
   */
  dispose(idle?: boolean): void;
}

export type SandboxFactory = () => Promise<SandboxHandle>;

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
  /** End the run at the first failing test (the validator only needs to know a solution fails). */
  stopOnFailure?: boolean;
  /**
   * Runs checker.js outside this realm (the CLI: in a jailed process) instead of
   * compiling it here. Resolves true, false or a reason; rejects if the checker fails.
   */
  checker?: AsyncChecker;
}

export const DEFAULT_BUDGET_MS = 2000;
/**
 * Python in Pyodide runs these algorithms ~3× slower than JavaScript in V8 (as on judges that
 * give Python more time), so a Python run gets three times the problem's budget.
 */
export const PYTHON_BUDGET_FACTOR = 3;

/** The wall-clock budget of a whole run of this problem in this language. */
export function runBudget(problem: Pick<Problem, 'runBudgetMs'>, language: RunLanguage): number {
  const base = problem.runBudgetMs ?? DEFAULT_BUDGET_MS;
  return language === 'py' ? base * PYTHON_BUDGET_FACTOR : base;
}

type Raced<T> =
  | { kind: 'value'; value: T }
  | { kind: 'timeout' }
  | { kind: 'stopped' }
  | { kind: 'crashed'; message: string };

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
    const running = plan.cases.map((c) => send(handle.api.runCase(c.args)));
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
        const raced = await race(running[i] as Promise<CaseExecution>);
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

async function judgeCase(
  result: TestResult,
  testCase: RunnableProblem['tests']['cases'][number],
  execution: Awaited<ReturnType<SandboxApi['runCase']>>,
  problem: RunnableProblem,
  checker: Checker | AsyncChecker | undefined,
): Promise<void> {
  result.ms = execution.ms;
  result.console = execution.console;
  result.input = formatInput(problem.entry, testCase.args);
  result.expected = displayJson(testCase.expected);
  if (!execution.outcome.ok) {
    result.status = 'error';
    result.error = execution.outcome.error;
    return;
  }
  const returned = execution.outcome.returned;
  result.actual = returned.clonable ? displayJson(returned.value) : returned.display;
  if (!returned.clonable) {
    result.status = 'fail';
    result.reason =
      'The returned value cannot be compared (it holds functions or other values that cannot be copied).';
    return;
  }
  const mode = testCase.compare ?? problem.tests.compare;
  const verdict =
    mode === 'checker' && checker && isAsyncChecker(checker)
      ? await checkAsync(checker, testCase.args, returned.value, testCase.expected)
      : compareValues(returned.value, testCase.expected, mode, {
          args: testCase.args,
          checker: checker as Checker | undefined,
        });
  result.status = verdict.pass ? 'pass' : 'fail';
  if (!verdict.pass && verdict.reason) result.reason = verdict.reason;
}

/** The specs a mode runs: the hidden spec enters the sandbox on Submit only. */
function specSources(problem: RunnableProblem, mode: RunMode) {
  const sources: { source: string; hidden: boolean }[] = [];
  if (problem.spec.visible) sources.push({ source: problem.spec.visible, hidden: false });
  if (problem.spec.hidden && mode === 'submit')
    sources.push({ source: problem.spec.hidden, hidden: true });
  return sources;
}

async function runSpecs(
  problem: RunnableProblem,
  mode: RunMode,
  handle: SandboxHandle,
  race: <T>(p: Promise<T>) => Promise<Raced<T>>,
  results: TestResult[],
  stop: (outcome: Raced<unknown>, target: TestResult | undefined) => boolean,
  stopOnFailure: boolean,
): Promise<void> {
  let known = 0;
  for (const { source, hidden } of specSources(problem, mode)) {
    const collected = await race(handle.api.collectSpec(source));
    if (stop(collected, undefined) || collected.kind !== 'value') return;
    if (!collected.value.ok) {
      results.push({
        id: `spec-${known}`,
        name: hidden ? 'hidden spec' : 'spec',
        hidden,
        status: 'error',
        error: collected.value.error,
        ms: 0,
      });
      continue;
    }
    const fresh = collected.value.tests.slice(known);
    const firstIndex = known;
    known = collected.value.tests.length;
    for (let j = 0; j < fresh.length; j += 1) {
      const info = fresh[j] as (typeof fresh)[number];
      const result: TestResult = {
        id: `spec-${firstIndex + j}`,
        name: info.name,
        hidden,
        status: info.skipped ? 'skipped' : 'not-run',
        ms: 0,
      };
      results.push(result);
      if (info.skipped) continue;
      const raced = await race(handle.api.runSpecTest(firstIndex + j));
      if (stop(raced, result) || raced.kind !== 'value') return;
      result.ms = raced.value.ms;
      result.console = raced.value.console;
      result.status = raced.value.passed ? 'pass' : 'fail';
      if (raced.value.error) {
        result.error = raced.value.error;
        if (raced.value.error.name !== 'AssertionError') result.status = 'error';
      }
      if (stopOnFailure && result.status !== 'pass') return;
    }
  }
}

/** Hidden tests show only their status. */
function redactHidden(result: TestResult): TestResult {
  if (!result.hidden) return result;
  const { id, name, hidden, status, ms } = result;
  const timedOut = status === 'timeout' || status === 'crashed' ? { reason: result.reason } : {};
  return { id, name, hidden, status, ms, ...timedOut };
}
