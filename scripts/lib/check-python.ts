import type { Problem } from '../../src/domain/problem/problem.schema';
import type { AsyncChecker } from '../../src/runner/async-checker';
import type { RunReport } from '../../src/runner/run-report';
import { allPass, describeFailures } from './describe-failures';
import { runTests } from '../../src/runner/run-session';
import { openProblemCode } from './jail/problem-jail';
import { pythonNodeSandbox } from './python-node-sandbox';

/**
 * The Python proofs of a problem with Python files, as for JavaScript: solution.py passes
 * every test, every wrong/*.py fails one, starter.py loads and fails. Returns the failures.
 */
export async function checkPython(problem: Problem): Promise<string[]> {
  if (!problem.python) return [];
  // checker.js runs in its own jailed process, as in checkProblem.
  const code = openProblemCode();
  try {
    const checker = problem.checker ? await code.checker(problem.checker) : undefined;
    return await checkWith(problem, problem.python, checker);
  } catch (error) {
    return [(error as Error).message];
  } finally {
    code.dispose();
  }
}

async function checkWith(
  problem: Problem,
  python: NonNullable<Problem['python']>,
  checker: AsyncChecker | undefined,
): Promise<string[]> {
  const submit = (code: string, stopOnFailure: boolean) =>
    runTests(problem, pythonNodeSandbox, {
      mode: 'submit',
      code,
      language: 'py',
      stopOnFailure,
      checker,
    });
  const failures: string[] = [];
  const [first, starter, ...wrong] = await Promise.all([
    submit(python.solution, false),
    submit(python.starter, true),
    ...python.wrong.map((w) => submit(w.code, true)),
  ]);
  // A time-out may be the load (the wrong solutions ran beside it): one more run, alone.
  const reference =
    first?.status === 'timeout' ? await submit(python.solution, false) : (first as RunReport);
  if (!allPass(reference))
    failures.push(`solution.py must pass every test: ${describeFailures(reference)}`);
  if (starter?.status === 'compile-error')
    failures.push(`starter.py does not load: ${describeFailures(starter)}`);
  else if (starter && allPass(starter)) failures.push('starter.py already passes every test');
  wrong.forEach((report, i) => {
    if (allPass(report))
      failures.push(
        `wrong/${python.wrong[i]?.name}.py passes every test: add a test that catches it`,
      );
  });
  return failures;
}
