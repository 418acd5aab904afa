import type { GrowthPoint } from '../../domain/growth/fit-growth';
import type { Measured } from '../../domain/round/round.schema';
import type { GrowthReport, SeriesReport } from '../../runner/measure-report';

/** How sure the fit is, in words: the class is a soft signal, never a verdict on its own. */
export function confidenceLabel(confidence: number): string {
  if (confidence >= 0.75) return 'high confidence';
  if (confidence >= 0.45) return 'medium confidence';
  return 'low confidence';
}

/** "likely O(n), low confidence", or the reason a series could not be measured. */
export function describeSeries(series: SeriesReport): string {
  if (!series.ok) return series.reason;
  return `likely O(${series.best}), ${confidenceLabel(series.confidence)}`;
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;
const keepPoints = (points: readonly GrowthPoint[]) =>
  points.map((p) => ({ n: p.n, ms: round3(p.ms) }));

/** What a round keeps of a measurement (the classes, confidences and points; not the model fits). */
export function toMeasured(report: GrowthReport, atMs: number): Measured {
  const ref = report.reference;
  return {
    best: report.ok ? report.best : null,
    confidence: report.ok ? report.confidence : 0,
    points: keepPoints(report.points),
    ...(report.ok ? {} : { reason: report.reason }),
    ...(ref
      ? {
          referenceBest: ref.ok ? ref.best : null,
          referenceConfidence: ref.ok ? ref.confidence : 0,
          referencePoints: keepPoints(ref.points),
        }
      : {}),
    atMs,
  };
}

/** Every size timed in either series, ascending, for the table and the chart's x axis. */
export function allSizes(report: GrowthReport): number[] {
  const sizes = new Set<number>([
    ...report.points.map((p) => p.n),
    ...(report.reference?.points.map((p) => p.n) ?? []),
  ]);
  return [...sizes].sort((a, b) => a - b);
}

/** Time per call at size n in a series, or null when that size was not timed. */
export function msAt(series: SeriesReport | undefined, n: number): number | null {
  return series?.points.find((p) => p.n === n)?.ms ?? null;
}

/** A time for display: three significant digits. */
export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  return `${ms < 0.01 ? ms.toExponential(2) : Number(ms.toPrecision(3))} ms`;
}
