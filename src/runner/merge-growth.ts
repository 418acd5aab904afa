import type { GrowthPoint } from '../domain/growth/fit-growth';
import { judgeSeries, type GrowthReport, type SeriesReport } from './measure-report';

/** Per size, the fastest time of the series: interference from other work only ever adds time. */
export function fastestPoints(series: readonly (readonly GrowthPoint[])[]): GrowthPoint[] {
  const best = new Map<number, number>();
  for (const points of series)
    for (const { n, ms } of points) best.set(n, Math.min(ms, best.get(n) ?? Infinity));
  return [...best].sort((a, b) => a[0] - b[0]).map(([n, ms]) => ({ n, ms }));
}

function mergeSeries(a: SeriesReport, b: SeriesReport, count: number): SeriesReport {
  // A failure (it threw, it did not load) is a fact about the code, not noise: it stands.
  if (!a.ok) return a;
  if (!b.ok) return b.failure === 'stopped' ? a : b;
  return judgeSeries(fastestPoints([a.points, b.points]), {
    kind: 'stopped-growing',
    stop: `fastest of ${count} measurements per size`,
  });
}

/**
 * Two measurements of the same code as one: each size's fastest time, fitted again. On a busy
 * machine one measurement's curve is noisy; the fastest of several is close to the code's own.
 */
export function mergeGrowth(a: GrowthReport, b: GrowthReport, count: number): GrowthReport {
  const user = mergeSeries(a, b, count);
  const reference =
    a.reference && b.reference ? mergeSeries(a.reference, b.reference, count) : a.reference;
  return {
    ...user,
    ...(reference ? { reference } : {}),
    budgetMs: a.budgetMs + b.budgetMs,
    totalMs: a.totalMs + b.totalMs,
  };
}
