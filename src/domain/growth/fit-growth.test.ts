import { describe, expect, it } from 'vitest';
import { seededRandom } from '../generator/seeded-random';
import { fitGrowth, predictMs, type GrowthPoint } from './fit-growth';
import { FIT_CLASSES, GROWTH, type FitClass } from './growth-models';

const doubling = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => from * 2 ** i);
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
    const hits = [1, 2, 3, 4, 5].filter(
      (seed) => fitGrowth(curve(model, 0.002, 0.1, seed)).best === model,
    ).length;
    expect(hits).toBeGreaterThanOrEqual(4);
  });

  it('survives one outlier point', () => {
    const points = curve('n', 0.001);
    points[3] = { n: points[3]?.n ?? 0, ms: (points[3]?.ms ?? 0) * 3 };
    expect(fitGrowth(points).best).toBe('n');
  });

  it('is unsure when the points say little', () => {
    const flatNoise = [64, 128, 256, 512].map((n, i) => ({
      n,
      ms: [0.01, 0.03, 0.012, 0.02][i] as number,
    }));
    expect(fitGrowth(flatNoise).confidence).toBeLessThan(0.5);
  });

  it('recognises exponential growth of another base (naive Fibonacci grows as 1.618ⁿ)', () => {
    const points = [8, 12, 16, 18, 20, 22, 24, 26, 28, 30].map((n) => ({
      n,
      ms: 0.0001 + 1e-6 * 1.618 ** n,
    }));
    const fit = fitGrowth(points);
    expect(fit.best).toBe('2^n');
    const exp = fit.fits.find((f) => f.model === '2^n');
    expect(exp?.base).toBeCloseTo(1.618, 1);
    expect(
      predictMs(exp as NonNullable<typeof exp>, 30) / (points.at(-1) as GrowthPoint).ms,
    ).toBeCloseTo(1, 1);
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
    expect(() =>
      fitGrowth([
        { n: 1, ms: 1 },
        { n: 2, ms: 2 },
      ]),
    ).toThrow(/at least 3/);
  });
});

/** Timings t(n) with ±noise, some sizes slowed (a GC pause, a busy core: interference only adds time). */
function timed(
  sizes: number[],
  t: (n: number) => number,
  noise: number,
  seed: number,
  slow: Record<number, number> = {},
): GrowthPoint[] {
  const random = seededRandom(seed);
  return sizes.map((n) => ({ n, ms: t(n) * (1 + noise * (random() * 2 - 1)) * (slow[n] ?? 1) }));
}
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('fitGrowth on the series the earlier fit got wrong', () => {
  it('keeps merge sort n log n when two small sizes were slowed by GC pauses (was read as n)', () => {
    // Merge sort's cost: a linear term (slices, calls) beside the n log n one, plus the call overhead.
    const mergeSort = (n: number) => 0.0015 + 1.5e-5 * n * Math.log2(n) + 8e-5 * n;
    for (const seed of SEEDS) {
      expect(
        fitGrowth(timed(doubling(4, 12), mergeSort, 0.03, seed, { 16: 1.6, 64: 1.5 })).best,
      ).toBe('n log n');
    }
  });

  it('leaves out the sizes past a jump in the time per call, as V8 hash sets show at 8192 (was read as n log n)', () => {
    // Recorded (µs per call) while one core was busy: doubling up to 8192, where the set's table moves to the
    // large-object space (11× in one doubling); the schedule then stepped additively and the rehashes show.
    const recorded: [number, number][] = [
      [4, 0.0342],
      [8, 0.114],
      [16, 0.232],
      [32, 0.453],
      [64, 0.841],
      [128, 1.65],
      [256, 3.27],
      [512, 6.7],
      [1024, 12.7],
      [2048, 24.5],
      [4096, 62.4],
      [8192, 714],
      [10240, 1770],
      [12800, 1870],
      [16000, 1970],
      [20000, 4120],
      [25000, 4150],
      [31250, 4250],
      [39063, 8300],
      [48829, 8460],
      [61037, 8730],
      [76297, 17200],
      [95372, 18500],
      [119215, 19200],
      [149019, 39800],
      [186274, 42400],
      [232843, 38000],
      [262144, 39000],
    ];
    const fit = fitGrowth(recorded.map(([n, us]) => ({ n, ms: us / 1000 })));
    expect(fit.best).toBe('n');
    expect(fit.cliff).toMatchObject({ from: 4096, to: 8192 });
    expect(fit.confidence).toBeGreaterThan(0.5);
  });

  it('keeps a constant-time call constant when it drifts a little and one or two sizes were slowed (was read as n³)', () => {
    const drift = (n: number) => 3e-6 * (1 + (0.03 * Math.log2(n)) / 18);
    for (const seed of SEEDS) {
      expect(
        fitGrowth(timed(doubling(4, 17), drift, 0.03, seed, { 4: 0.4, 262144: 2.2 })).best,
      ).toBe('1');
      expect(
        fitGrowth(timed(doubling(4, 17), () => 3e-6, 0.03, seed, { 256: 2.5, 262144: 2.2 })).best,
      ).toBe('1');
    }
  });

  it('drops up to one size in four that interference slowed, and still tells n from n log n', () => {
    const linear = (n: number) => 1e-5 + 1e-6 * n;
    const slow = { 1024: 1.7, 16384: 1.6, 65536: 2.5, 262144: 1.8 };
    for (const seed of SEEDS) {
      const fit = fitGrowth(timed(doubling(4, 17), linear, 0.03, seed, slow));
      expect(fit.best).toBe('n');
      expect(fit.fits.find((f) => f.model === 'n')?.error).toBeLessThan(0.05);
    }
  });

  it('is confident only when the classes really separate', () => {
    const nLogN = (n: number) => 0.001 + 2e-5 * n * Math.log2(n);
    const clear = fitGrowth(timed(doubling(64, 12), nLogN, 0.01, 1));
    const unsure = fitGrowth(
      timed(doubling(4, 12), (n) => 0.0015 + 1.5e-5 * n * Math.log2(n) + 8e-5 * n, 0.05, 1),
    );
    expect(clear.best).toBe('n log n');
    expect(clear.confidence).toBeGreaterThan(0.5);
    expect(unsure.confidence).toBeLessThan(0.3);
  });
});
