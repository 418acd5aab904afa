import type { Problem } from '../domain/problem/problem.schema';
import type { RunMode, TestResult } from './run-report';
import type { SandboxHandle } from './sandbox-handle';

type SpecProblem = Pick<Problem, 'spec'>;

/** How a call to the sandbox ended, raced against the run's budget, Stop and a crash. */
export type Raced<T> =
  | { kind: 'value'; value: T }
  | { kind: 'timeout' }
  | { kind: 'stopped' }
  | { kind: 'crashed'; message: string };

/** The specs a mode runs: the hidden spec enters the sandbox on Submit only. */
export function specSources(problem: SpecProblem, mode: RunMode) {
  const sources: { source: string; hidden: boolean }[] = [];
  if (problem.spec.visible) sources.push({ source: problem.spec.visible, hidden: false });
  if (problem.spec.hidden && mode === 'submit')
    sources.push({ source: problem.spec.hidden, hidden: true });
  return sources;
}

/** Collects each spec's tests in the sandbox and runs them one at a time, in order. */
export async function runSpecs(
  problem: SpecProblem,
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
