import { checkGeneratedArgs } from '../../src/domain/generator/run-generator';
import type { Problem } from '../../src/domain/problem/problem.schema';
import type { AsyncChecker } from '../../src/runner/async-checker';
import type { RunReport } from '../../src/runner/run-report';
import { allPass, describeFailures } from './describe-failures';
import { runBudget, runTests, type RunnableProblem } from '../../src/runner/run-session';
import { openProblemCode, type ProblemCode } from './jail/problem-jail';
import { nodeSandbox } from './node-sandbox';
import { syntaxErrors } from './syntax-check';

/** Sizes the generator is tried at: small enough to be quick, large enough to catch shape bugs. */
const GENERATOR_SIZES = [1, 2, 10, 100] as const;

export interface ProblemCheck {
  failures: string[];
  tests: number;
  /** Of `tests`, how many are hidden (data cases and hidden specs). */
  hidden: number;
  wrongRejected: number;
  /** Of `wrongRejected`, how many were taken as too slow from a current record, not run. */
  wrongOnRecord: number;
  /** Wrong solutions that ran out of time here (each proved by running, not by a record). */
  timedOut: string[];
  /** With `recordMargin`: the ones that also ran out of `recordMargin` × the budget. */
  recordable: { name: string; ranMs: number }[];
}

export interface CheckOptions {
  /** A wrong solution for which this says true is taken as too slow without running it. */
  tooSlowOnRecord?: (wrong: { name: string; code: string }) => boolean;
  /** Runs each wrong solution that timed out again with this many times the budget. */
  recordMargin?: number;
}

const nothingChecked = (failures: string[]): ProblemCheck => ({
  failures,
  tests: 0,
  hidden: 0,
  wrongRejected: 0,
  wrongOnRecord: 0,
  timedOut: [],
  recordable: [],
});

/** A spec file that fails while registering its tests: its own fault, not the solution's. */
function specLoadFailures(report: RunReport): string[] {
  return report.tests
    .filter((t) => t.id.startsWith('spec-') && t.error?.kind === 'compile')
    .map(
      (t) =>
        `${t.hidden ? 'spec.hidden.js' : 'spec.js'} does not load: ${t.error?.name}: ${t.error?.message}`,
    );
}

/** Runs every proof a problem owes: reference passes, wrong ones and the starters fail, generator fits. */
export async function checkProblem(
  problem: Problem,
  options: CheckOptions = {},
): Promise<ProblemCheck> {
  const unparsable = syntaxErrors(problem);
  if (unparsable.length) return nothingChecked(unparsable);
  const code = openProblemCode();
  try {
    let checker: AsyncChecker | undefined;
    if (problem.checker) checker = await code.checker(problem.checker);
    return await checkWith(problem, code, checker, options);
  } catch (error) {
    return nothingChecked([(error as Error).message]);
  } finally {
    code.dispose();
  }
}

async function checkWith(
  problem: Problem,
  code: ProblemCode,
  checker: AsyncChecker | undefined,
  options: CheckOptions,
): Promise<ProblemCheck> {
  const failures: string[] = [];
  const submit = (
    source: string,
    language: 'js' | 'ts' = 'js',
    target: RunnableProblem = problem,
    stopOnFailure = false,
    budgetMs?: number,
  ) =>
    runTests(target, nodeSandbox, {
      mode: 'submit',
      code: source,
      language,
      stopOnFailure,
      showHidden: true,
      checker: target === problem ? checker : undefined,
      ...(budgetMs !== undefined && { budgetMs }),
    });

  let reference = await submit(problem.solution);
  // A time-out may be the machine's load as much as the code (problems are checked side by
  // side, beside the growth lane): the reference gets one more run before it is blamed.
  if (reference.status === 'timeout') reference = await submit(problem.solution);
  const specFailures = specLoadFailures(reference);
  const checkerFailure = reference.tests.find((t) => t.reason?.startsWith('checker.js'));
  if (specFailures.length) failures.push(...specFailures);
  else if (checkerFailure) failures.push(checkerFailure.reason as string);
  else if (!allPass(reference))
    failures.push(`solution.js must pass every test: ${describeFailures(reference)}`);
  const visible = problem.tests.cases.filter((c) => !c.hidden).length;
  const hidden = problem.tests.cases.length - visible;
  if (visible + hidden === 0 && !problem.spec.visible) failures.push('no tests');

  // The rest run side by side: a too-slow wrong solution spends the whole budget in wall-clock
  // time, so overlapping them is what keeps the bank's validation short. Each only needs one
  // failing test, so it stops there. One recorded as too slow (timeouts.json) is not run.
  const onRecord = problem.wrong.map((wrong) => options.tooSlowOnRecord?.(wrong) ?? false);
  const [wrongReports, starterReports, generatorFailures] = await Promise.all([
    Promise.all(
      problem.wrong.map((wrong, i) =>
        onRecord[i] ? null : submit(wrong.code, 'js', problem, true),
      ),
    ),
    Promise.all(
      (['js', 'ts'] as const).map((language) =>
        submit(problem.starter[language], language, problem, true),
      ),
    ),
    checkGenerator(problem, code, submit),
  ]);
  let wrongRejected = 0;
  const timedOut: string[] = [];
  wrongReports.forEach((report, i) => {
    if (report?.status === 'timeout') timedOut.push(problem.wrong[i]?.name ?? '');
    if (!report || !allPass(report)) wrongRejected += 1;
    else
      failures.push(
        `wrong/${problem.wrong[i]?.name}.js passes every test: add a test that catches it`,
      );
  });
  starterReports.forEach((report, i) => {
    const language = i === 0 ? 'js' : 'ts';
    if (report.status === 'compile-error')
      failures.push(`starter.${language} does not compile: ${report.loadError?.message}`);
    else if (allPass(report)) failures.push(`starter.${language} already passes every test`);
  });
  failures.push(...generatorFailures);
  const hiddenCount = reference.tests.filter((t) => t.hidden).length;
  const recordable = options.recordMargin
    ? await tooSlowWithMargin(problem, timedOut, options.recordMargin, submit)
    : [];
  return {
    failures,
    tests: reference.tests.length,
    hidden: hiddenCount,
    wrongRejected,
    wrongOnRecord: onRecord.filter(Boolean).length,
    timedOut,
    recordable,
  };
}

/** The wrong solutions of `names` that still time out with `margin` times the run budget. */
async function tooSlowWithMargin(
  problem: Problem,
  names: string[],
  margin: number,
  submit: (
    code: string,
    language: 'js',
    target: RunnableProblem,
    stopOnFailure: boolean,
    budgetMs: number,
  ) => Promise<RunReport>,
): Promise<{ name: string; ranMs: number }[]> {
  const ranMs = runBudget(problem, 'js') * margin;
  const out: { name: string; ranMs: number }[] = [];
  // One at a time: each spends its whole (long) budget, and side by side they would share a core.
  for (const name of names) {
    const wrong = problem.wrong.find((w) => w.name === name);
    if (!wrong) continue;
    const report = await submit(wrong.code, 'js', problem, true, ranMs);
    if (report.status === 'timeout') out.push({ name, ranMs });
  }
  return out;
}

async function checkGenerator(
  problem: Problem,
  code: ProblemCode,
  submit: (code: string, language: 'js' | 'ts', target: RunnableProblem) => Promise<RunReport>,
): Promise<string[]> {
  const cases = [];
  for (const n of GENERATOR_SIZES) {
    let args: unknown;
    try {
      args = await code.generate(problem.generator, n);
    } catch (error) {
      return [(error as Error).message];
    }
    try {
      const wrong = checkGeneratedArgs(problem.entry, args);
      if (wrong) throw new Error(wrong);
      if (JSON.stringify(JSON.parse(JSON.stringify(args))) !== JSON.stringify(args))
        throw new Error('not plain JSON');
      cases.push({
        name: `generated n=${n}`,
        args: args as unknown[],
        expected: null,
        hidden: false,
        compare: 'checker' as const,
      });
    } catch (error) {
      return [
        `generator.js at n=${n}: ${(error as Error).message} (arguments must be plain JSON data)`,
      ];
    }
  }
  const target: RunnableProblem = {
    ...problem,
    tests: { compare: 'checker', cases },
    spec: {},
    checker: 'function check() { return true; }',
  };
  const report = await submit(problem.solution, 'js', target);
  const broken = report.tests.filter(
    (t) => t.status !== 'pass' && !(t.status === 'fail' && t.actual !== undefined),
  );
  if (report.status !== 'done' || broken.length > 0) {
    return [`solution.js fails on generated input: ${describeFailures(report)}`];
  }
  return [];
}
