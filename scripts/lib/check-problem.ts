import { generateArgs } from '../../src/domain/generator/run-generator';
import type { Problem } from '../../src/domain/problem/problem.schema';
import type { RunReport } from '../../src/runner/run-report';
import { runTests, type RunnableProblem } from '../../src/runner/run-session';
import { nodeSandbox } from './node-sandbox';

/** Sizes the generator is tried at: small enough to be quick, large enough to catch shape bugs. */
const GENERATOR_SIZES = [1, 2, 10, 100] as const;

export interface ProblemCheck {
  failures: string[];
  tests: number;
  /** Of `tests`, how many are hidden (data cases and hidden specs). */
  hidden: number;
  wrongRejected: number;
}

function describeFailures(report: RunReport): string {
  if (report.loadError) return `${report.status}: ${report.loadError.message}`;
  const bad = report.tests.filter((t) => t.status !== 'pass' && t.status !== 'skipped');
  return bad
    .slice(0, 3)
    .map(
      (t) =>
        `"${t.name}" ${t.status}${t.error ? ` (${t.error.message})` : t.reason ? ` (${t.reason})` : ''}`,
    )
    .join(', ');
}

const allPass = (r: RunReport) => r.status === 'done' && r.failed === 0 && r.passed > 0;

/** Runs every proof a problem owes: reference passes, wrong ones and the starters fail, generator fits. */
export async function checkProblem(problem: Problem): Promise<ProblemCheck> {
  const failures: string[] = [];
  const submit = (
    code: string,
    language: 'js' | 'ts' = 'js',
    target: RunnableProblem = problem,
    stopOnFailure = false,
  ) => runTests(target, nodeSandbox, { mode: 'submit', code, language, stopOnFailure });

  const reference = await submit(problem.solution);
  if (!allPass(reference))
    failures.push(`solution.js must pass every test: ${describeFailures(reference)}`);
  const visible = problem.tests.cases.filter((c) => !c.hidden).length;
  const hidden = problem.tests.cases.length - visible;
  if (visible + hidden === 0 && !problem.spec.visible) failures.push('no tests');

  // The rest run side by side: a too-slow wrong solution spends the whole budget in wall-clock
  // time, so overlapping them is what keeps the bank's validation short. Each only needs one
  // failing test, so it stops there.
  const [wrongReports, starterReports, generatorFailures] = await Promise.all([
    Promise.all(problem.wrong.map((wrong) => submit(wrong.code, 'js', problem, true))),
    Promise.all(
      (['js', 'ts'] as const).map((language) =>
        submit(problem.starter[language], language, problem, true),
      ),
    ),
    checkGenerator(problem, submit),
  ]);
  let wrongRejected = 0;
  wrongReports.forEach((report, i) => {
    if (!allPass(report)) wrongRejected += 1;
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
  return { failures, tests: reference.tests.length, hidden: hiddenCount, wrongRejected };
}

async function checkGenerator(
  problem: Problem,
  submit: (code: string, language: 'js' | 'ts', target: RunnableProblem) => Promise<RunReport>,
): Promise<string[]> {
  const cases = [];
  for (const n of GENERATOR_SIZES) {
    try {
      const args = generateArgs(problem, n);
      if (JSON.stringify(JSON.parse(JSON.stringify(args))) !== JSON.stringify(args))
        throw new Error('not plain JSON');
      cases.push({
        name: `generated n=${n}`,
        args,
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
