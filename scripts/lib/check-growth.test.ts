import { describe, expect, it } from 'vitest';
import type { FitClass } from '../../src/domain/growth/growth-models';
import type { Problem } from '../../src/domain/problem/problem.schema';
import type { GrowthReport } from '../../src/runner/measure-report';
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

  it('skips problems that declare a measured exception or a class a measurement cannot tell', async () => {
    expect(await checkGrowth(problem('O(log n)', 'too fast to time'))).toMatchObject({
      status: 'skipped',
      detail: 'O(log n) not compared: measuredException',
    });
    expect(await checkGrowth(problem('O(n·k)'))).toMatchObject({
      status: 'skipped',
      detail: expect.stringMatching(/^O\(n·k\) is not a class/),
    });
    expect(await checkGrowth(problem('O(n!)'))).toMatchObject({ status: 'skipped' });
  });
});
