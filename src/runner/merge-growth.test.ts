import { describe, expect, it } from 'vitest';
import type { GrowthPoint } from '../domain/growth/fit-growth';
import { judgeSeries, type GrowthReport } from './measure-report';
import { fastestPoints, mergeGrowth } from './merge-growth';

const SIZES = [64, 128, 256, 512, 1024, 2048, 4096];
const quadratic = (noise: (i: number) => number): GrowthPoint[] =>
  SIZES.map((n, i) => ({ n, ms: (n * n) / 1e6 + 0.001 + noise(i) }));

function report(points: GrowthPoint[]): GrowthReport {
  const series = judgeSeries(points, { kind: 'stopped-growing', stop: 'done' });
  return { ...series, budgetMs: 100, totalMs: 90 };
}

describe('mergeGrowth', () => {
  it('keeps the fastest time per size', () => {
    expect(
      fastestPoints([
        [
          { n: 2, ms: 5 },
          { n: 4, ms: 1 },
        ],
        [
          { n: 4, ms: 3 },
          { n: 2, ms: 2 },
          { n: 8, ms: 9 },
        ],
      ]),
    ).toEqual([
      { n: 2, ms: 2 },
      { n: 4, ms: 1 },
      { n: 8, ms: 9 },
    ]);
  });

  it('turns two noisy O(n²) curves (each slowed at other sizes) into a clear one', () => {
    // Each measurement was slowed down at alternate sizes, as by another busy process.
    const a = report(quadratic((i) => (i % 2 ? 8 * (SIZES[i]! / 1024) ** 2 : 0)));
    const b = report(quadratic((i) => (i % 2 ? 0 : 8 * (SIZES[i]! / 1024) ** 2)));
    const merged = mergeGrowth(a, b, 2);
    expect(merged.ok && merged.best).toBe('n^2');
    expect(merged.ok && merged.confidence).toBeGreaterThan(a.ok ? a.confidence : 0);
    expect(merged.ok && merged.confidence).toBeGreaterThan(b.ok ? b.confidence : 0);
    expect(merged.budgetMs).toBe(200);
  });

  it('a failure stands; a cancelled second measurement keeps the first', () => {
    const ok = report(quadratic(() => 0));
    const threw: GrowthReport = {
      ok: false,
      failure: 'runtime-error',
      reason: 'could not measure: the solution threw',
      points: [],
      budgetMs: 100,
      totalMs: 1,
    };
    const stopped: GrowthReport = { ...threw, failure: 'stopped', reason: 'stopped by you' };
    expect(mergeGrowth(ok, threw, 2)).toMatchObject({ ok: false, failure: 'runtime-error' });
    expect(mergeGrowth(ok, stopped, 2)).toMatchObject({ ok: true, best: 'n^2' });
  });
});
