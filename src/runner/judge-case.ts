import { compareValues, type Checker } from '../domain/judge/compare';
import type { Problem } from '../domain/problem/problem.schema';
import type { SandboxApi } from './protocol';
import type { TestResult } from './run-report';
import { displayJson, formatInput } from './format-input';
import { checkAsync, isAsyncChecker, type AsyncChecker } from './async-checker';
import { isTooLargeDisplay, TOO_LARGE_REASON } from './harness/value-size';

type JudgedProblem = Pick<Problem, 'entry' | 'tests'>;

/**
 * Fills in one data case's result from what the sandbox reported: the comparison with the
 * expected value (or the checker's verdict) happens here, on the trusted side.
 */
export async function judgeCase(
  result: TestResult,
  testCase: JudgedProblem['tests']['cases'][number],
  execution: Awaited<ReturnType<SandboxApi['runCase']>>,
  problem: JudgedProblem,
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
    result.reason = isTooLargeDisplay(returned.display)
      ? TOO_LARGE_REASON
      : 'The returned value cannot be compared (it holds functions or other values that cannot be copied).';
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
