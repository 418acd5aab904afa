import { describe, expect, it } from 'vitest';
import { seededRandom } from '../generator/seeded-random';
import { fitGrowth, predictMs, type GrowthPoint } from './fit-growth';
import { FIT_CLASSES, GROWTH, type FitClass } from './growth-models';

const doubling = (from: number, count: number) => Array.from({ length: count }, (_, i) => from * 2 ** i);
const SIZES: Record<FitClass, number[]> = {
  '1': doubling(64, 12),
  'log n': doubling(64, 14),
  n: doubling(256, 11),
  'n log n': doubling(256, 11),
  'n^2': doubling(32, 8),
  'n^3': doubling(16, 6),
  '2^n': [10, 11, 12, 13, 14, 15, 16, 17, 18],
};

function curve(model: FitClass, overheadMs: number, noise = 0, seed = 1): GrowthPoint[] {
  const random = seededRandom(seed);
  const sizes = SIZES[model];
  const last = GROWTH[model](sizes[sizes.length - 1] as number);
  return sizes.map((n) => {
    const ideal = overheadMs + (50 * GROWTH[model](n)) / last;
    return { n, ms: ideal * (1 + noise * (random() * 2 - 1)) };
  });
}

describe('fitGrowth', () => {
  it.each(FIT_CLASSES)('recognises an exact %s curve with high confidence', (model) => {
    const fit = fitGrowth(curve(model, model === '1' ? 0.02 : 0.001));
    expect(fit.best).toBe(model);
    if (model !== '1') expect(fit.confidence).toBeGreaterThan(0.5);
  });

  it.each(FIT_CLASSES)('recognises %s under ±10 %% noise', (model) => {
    const hits = [1, 2, 3, 4, 5].filter((seed) => fitGrowth(curve(model, 0.002, 0.1, seed)).best === model).length;
    expect(hits).toBeGreaterThanOrEqual(4);
  });

  it('survives one outlier point', () => {
    const points = curve('n', 0.001);
    points[3] = { n: points[3]?.n ?? 0, ms: (points[3]?.ms ?? 0) * 3 };
    expect(fitGrowth(points).best).toBe('n');
  });

  it('is unsure when the points say little', () => {
    const flatNoise = [64, 128, 256, 512].map((n, i) => ({ n, ms: [0.01, 0.03, 0.012, 0.02][i] as number }));
    expect(fitGrowth(flatNoise).confidence).toBeLessThan(0.5);
  });

  it('recognises exponential growth of another base (naive Fibonacci grows as 1.618ⁿ)', () => {
    const points = [8, 12, 16, 18, 20, 22, 24, 26, 28, 30].map((n) => ({ n, ms: 0.0001 + 1e-6 * 1.618 ** n }));
    const fit = fitGrowth(points);
    expect(fit.best).toBe('2^n');
    const exp = fit.fits.find((f) => f.model === '2^n');
    expect(exp?.base).toBeCloseTo(1.618, 1);
    expect(predictMs(exp as NonNullable<typeof exp>, 30) / (points.at(-1) as GrowthPoint).ms).toBeCloseTo(1, 1);
  });

  it('calls flat timings constant, with confidence when no growing curve explains them better', () => {
    const random = seededRandom(3);
    const flat = doubling(4, 17).map((n) => ({ n, ms: 2e-5 * (1 + 0.05 * (random() * 2 - 1)) }));
    const fit = fitGrowth(flat);
    expect(fit.best).toBe('1');
    expect(fit.confidence).toBeGreaterThan(0.5);
  });

  it('drops one wild point from six or more before judging the fit', () => {
    const points = curve('n log n', 0.001);
    points[5] = { n: points[5]?.n ?? 0, ms: (points[5]?.ms ?? 0) * 8 };
    const fit = fitGrowth(points);
    expect(fit.best).toBe('n log n');
    expect(fit.fits.find((f) => f.model === 'n log n')?.error).toBeLessThan(0.01);
  });

  it('needs three sizes', () => {
    expect(() => fitGrowth([{ n: 1, ms: 1 }, { n: 2, ms: 2 }])).toThrow(/at least 3/);
  });
});
