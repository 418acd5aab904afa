import { describe, expect, it } from 'vitest';
import type { FitClass } from '../../src/domain/growth/growth-models';
import type { Problem } from '../../src/domain/problem/problem.schema';
import type { GrowthReport } from '../../src/runner/measure-report';
import { parseProblem } from '../../src/domain/problem/parse-problem';
import { agrees, checkGrowth } from './check-growth';

/** A measured report whose fit errors are given per class (the rest fit badly). */
function measured(best: FitClass, errors: Partial<Record<FitClass, number>>): GrowthReport {
  const classes: FitClass[] = ['1', 'log n', 'n', 'n log n', 'n^2', 'n^3', '2^n'];
  const fits = classes.map((model) => ({ model, a: 0, b: 1, error: errors[model] ?? 0.9 }));
  return {
    ok: true,
    best,
    confidence: 0.2,
    points: [],
    fit: { best, confidence: 0.2, fits },
    stop: 'done',
    budgetMs: 800,
    totalMs: 500,
  };
}

describe('agrees (the validator tolerance rule)', () => {
  it('matches the same class', () => {
    expect(agrees('n', measured('n', { n: 0.1 }))).toBe('match');
  });

  it('tolerates n log n for a declared n when the linear curve fits within 4× the error', () => {
    expect(agrees('n', measured('n log n', { n: 0.21, 'n log n': 0.06 }))).toBe('tolerated');
    expect(agrees('n', measured('n log n', { n: 0.5, 'n log n': 0.1 }))).toBe(false);
  });

  it('is strict between neighbours a factor of n apart', () => {
    // A quadratic three-sum declared O(n log n): the n log n curve fits 1.8× worse.
    expect(agrees('n log n', measured('n^2', { 'n log n': 0.72, 'n^2': 0.4 }))).toBe(false);
    expect(agrees('n^2', measured('n^3', { 'n^2': 0.2, 'n^3': 0.15 }))).toBe('tolerated');
  });

  it('never tolerates a class two steps away, or a failed measurement', () => {
    expect(agrees('n^2', measured('n', { n: 0.11, 'n^2': 0.12 }))).toBe(false);
    const failed: GrowthReport = {
      ok: false,
      failure: 'timeout',
      reason: 'could not measure: x',
      points: [],
      budgetMs: 800,
      totalMs: 900,
    };
    expect(agrees('n', failed)).toBe(false);
  });
});

describe('checkGrowth', () => {
  const problem = (time: string, measuredException?: string) =>
    ({
      complexity: {
        time,
        timeReason: 'because',
        space: 'O(1)',
        spaceReason: 'because',
        measuredException,
      },
    }) as Problem;

  it('skips problems that declare a measured exception', async () => {
    expect(await checkGrowth(problem('O(log n)', 'too fast to time'))).toMatchObject({
      status: 'skipped',
      detail: 'O(log n) not compared: measuredException',
    });
    expect(await checkGrowth(problem('O(n·k)', 'two variables'))).toMatchObject({
      status: 'skipped',
    });
  });

  it('fails a class a measurement cannot tell when neither measuredAs nor an exception is declared', async () => {
    for (const time of ['O(n·k)', 'O(V + E)', 'O(n!)']) {
      expect(await checkGrowth(problem(time))).toMatchObject({
        status: 'unmeasurable',
        detail: expect.stringContaining('declare complexity.measuredAs'),
      });
    }
  });

  it('compares a several-variable class through measuredAs, the class its generator shows', async () => {
    // O(n·k) with the generator fixing k = 3: a linear scan per coin, measured as O(n).
    const files = {
      'problem.md': `---
slug: sum-k
title: Sum K
difficulty: easy
tags: [arrays-hashing]
timeLimitMinutes: 15
entry:
  name: sumK
  params: [{ name: nums, type: 'number[]' }, { name: k, type: number }]
  returns: { type: number }
complexity:
  time: O(n·k)
  timeReason: each of the k passes reads all n numbers
  measuredAs: O(n)
  space: O(1)
  spaceReason: one running total only
hints: [Loop., Loop k times.]
interviewer:
  clarifications: [{ q: Negatives?, a: Yes. }]
  followUps: [Faster?]
  rubric: [Correct total]
explanation: Sums the array k times and returns the total of all passes.
---
Return the sum of nums, counted k times over.
`,
      'starter.js': 'function sumK(nums, k) {}',
      'starter.ts': 'function sumK(nums: number[], k: number): number { return 0; }',
      'solution.js':
        'function sumK(nums, k) { let t = 0; for (let j = 0; j < k; j++) for (const x of nums) t += x; return t; }',
      'wrong/zero.js': 'function sumK() { return 0; }',
      'generator.js':
        'function generate(n, random) { return [Array.from({ length: n }, () => Math.floor(random() * 100)), 3]; }',
      'tests.json': JSON.stringify({ cases: [{ name: 'one', args: [[1, 2], 2], expected: 6 }] }),
    };
    const check = await checkGrowth(parseProblem('problems/sum-k', files));
    expect(check.detail).toMatch(/^O\(n·k\) \(measured as O\(n\)\)/);
    expect(['match', 'tolerated']).toContain(check.status);
  }, 30_000);
});
