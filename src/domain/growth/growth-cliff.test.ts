import { describe, expect, it } from 'vitest';
import type { GrowthPoint } from './fit-growth';
import { beforeCliff, findCliff } from './growth-cliff';

const doubling = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => from * 2 ** i);
const series = (sizes: number[], t: (n: number) => number): GrowthPoint[] =>
  sizes.map((n) => ({ n, ms: t(n) }));
/** Linear time that jumps `factor`× from n = 8192 on, as a hash set leaving the regular heap does. */
const jumping = (factor: number) => (n: number) => 1e-5 + 1e-6 * n * (n >= 8192 ? factor : 1);

describe('findCliff', () => {
  it('finds a jump that the next size confirms, and beforeCliff keeps the sizes before it', () => {
    const points = series(doubling(4, 14), jumping(10));
    expect(findCliff(points)).toEqual({ from: 4096, to: 8192, ratio: expect.closeTo(20, 0) });
    expect(beforeCliff(points).map((p) => p.n)).toEqual(doubling(4, 11));
  });

  it('needs the size after the jump to stay up: one slow size is an outlier, not a new regime', () => {
    const spike = series(doubling(4, 14), (n) => jumping(1)(n) * (n === 8192 ? 10 : 1));
    expect(findCliff(spike)).toBeUndefined();
    expect(findCliff(series(doubling(4, 12), jumping(10)))).toBeUndefined();
  });

  it('ignores steady growth however steep, jumps among tiny times, and jumps with too few sizes before them', () => {
    expect(findCliff(series(doubling(4, 14), (n) => 1e-6 * n * Math.log2(n)))).toBeUndefined();
    expect(
      findCliff(series(doubling(4, 10), (n) => 1e-6 * n ** 3 * (n >= 512 ? 3 : 1))),
    ).toBeUndefined();
    // 2ⁿ: local exponents rise with n by nature.
    expect(
      findCliff(series([8, 16, 18, 20, 22, 24, 26, 28, 30, 32], (n) => 1e-6 * 2 ** n)),
    ).toBeUndefined();
    // A jump from 2 to 8 ns is call overhead and clock noise, not memory.
    expect(findCliff(series(doubling(4, 14), (n) => 2e-6 * (n >= 512 ? 4 : 1)))).toBeUndefined();
    expect(findCliff(series(doubling(1024, 8), jumping(10)))).toBeUndefined();
  });

  it('leaves points without a jump as they are', () => {
    const points = series(doubling(4, 10), (n) => 1e-6 * n);
    expect(beforeCliff(points)).toEqual(points);
  });
});
