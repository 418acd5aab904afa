/**
 * validate gives a reference that only timed out one more run before blaming it (a loaded
 * machine can push a correct solution past its budget), and still fails one that times out
 * twice. The runner is real; only the reference's runs are made to time out, by count.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseProblem } from '../../src/domain/problem/parse-problem';
import type { RunReport } from '../../src/runner/run-report';
import type * as RunSession from '../../src/runner/run-session';
import { checkProblem } from './check-problem';
import { checkPython } from './check-python';
import { readProblemDir } from './read-problem-dir';

const timeouts = vi.hoisted(() => ({ left: 0, code: '' }));

vi.mock('../../src/runner/run-session', async (importOriginal) => {
  const real = await importOriginal<typeof RunSession>();
  return {
    ...real,
    runTests: async (...args: Parameters<typeof real.runTests>): Promise<RunReport> => {
      const [, , options] = args;
      if (options.code !== timeouts.code) return real.runTests(...args);
      if (timeouts.left <= 0) return real.runTests(...args);
      timeouts.left -= 1;
      return {
        mode: options.mode,
        status: 'timeout',
        tests: [],
        passed: 0,
        failed: 0,
        totalMs: 2000,
        budgetMs: 2000,
      };
    },
  };
});

describe('validate retries a reference that timed out, once', () => {
  const fixture = join(import.meta.dirname, 'jail/fixtures/add-two');
  const problem = parseProblem('fixtures/add-two', readProblemDir(fixture));

  it('JavaScript: one time-out is retried and the problem passes', async () => {
    Object.assign(timeouts, { left: 1, code: problem.solution });
    expect((await checkProblem(problem)).failures).toEqual([]);
    expect(timeouts.left).toBe(0);
  });

  it('JavaScript: two time-outs fail the problem, naming the time-out', async () => {
    Object.assign(timeouts, { left: 2, code: problem.solution });
    const { failures } = await checkProblem(problem);
    expect(failures.join('\n')).toMatch(/^solution\.js must pass every test: timeout/m);
    expect(timeouts.left).toBe(0);
  });

  const twoSum = parseProblem(
    'two-sum',
    readProblemDir(join(import.meta.dirname, '../../problems/two-sum')),
  );
  // Without the wrong solutions: only the retry is under test here, and each costs a run.
  const python = { ...twoSum, python: twoSum.python && { ...twoSum.python, wrong: [] } };

  it('Python: one time-out is retried and the problem passes', async () => {
    Object.assign(timeouts, { left: 1, code: python.python?.solution ?? '' });
    expect(await checkPython(python)).toEqual([]);
    expect(timeouts.left).toBe(0);
  }, 120_000);
});
