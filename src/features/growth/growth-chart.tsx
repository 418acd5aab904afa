import { useMemo } from 'react';
import type uPlot from 'uplot';
import { logTickLabels } from '../../components/chart-axes';
import { UplotChart, type ChartOptions } from '../../components/uplot-chart';
import { predictMs } from '../../domain/growth/fit-growth';
import type { GrowthReport, SeriesReport } from '../../runner/measure-report';
import { allSizes, msAt } from './growth-format';

const USER = 'var(--accent, #2563eb)';
const REFERENCE = 'var(--warn-fg, #c2410c)';
/** Points between the sizes so the fitted curves bend smoothly on log axes. */
const CURVE_STEPS = 24;

/** The x values: every measured size plus a log-spaced grid between the smallest and the largest. */
function xValues(report: GrowthReport): number[] {
  const sizes = allSizes(report);
  const lo = sizes[0];
  const hi = sizes[sizes.length - 1];
  if (lo === undefined || hi === undefined || hi <= lo) return sizes;
  const grid = Array.from({ length: CURVE_STEPS + 1 }, (_, i) =>
    Math.round(lo * (hi / lo) ** (i / CURVE_STEPS)),
  );
  return [...new Set([...sizes, ...grid])].sort((a, b) => a - b);
}

/** A log axis cannot show zero: a time that rounds to nothing is left out. */
const positive = (ms: number | null) => (ms !== null && ms > 0 ? ms : null);

function curve(series: SeriesReport | undefined, xs: number[]): (number | null)[] {
  if (!series?.ok) return xs.map(() => null);
  const model = series.fit.fits.find((f) => f.model === series.best);
  return xs.map((n) => (model ? positive(predictMs(model, n)) : null));
}

function dots(series: SeriesReport | undefined, xs: number[]): (number | null)[] {
  return xs.map((n) => positive(msAt(series, n)));
}

function seriesOptions(label: string, color: string, kind: 'points' | 'curve'): uPlot.Series {
  return kind === 'points'
    ? {
        label,
        stroke: color,
        fill: color,
        paths: () => null,
        points: { show: true, size: 8, fill: color },
        spanGaps: false,
      }
    : { label, stroke: color, width: 1.5, dash: [6, 4], points: { show: false }, spanGaps: true };
}

/** Log-axis labels that fit: "0.0005" not "0", "1M" not a clipped "1,000,000", never one twice. */
const logValues = (_u: uPlot, ticks: number[]) => logTickLabels(ticks);

/** The chart's uPlot options. */
const GROWTH_CHART_OPTIONS: ChartOptions = {
  height: 260,
  // Room on the right for the last size's label.
  padding: [null, 24, null, null],
  // A legend of names only: a live legend shows "--" for every series until the pointer is over it.
  legend: { live: false },
  scales: { x: { time: false, distr: 3, log: 10 }, y: { distr: 3, log: 10 } },
  axes: [
    { label: 'input size n', values: logValues },
    { label: 'ms per call', size: 70, values: logValues },
  ],
  series: [
    { label: 'n' },
    seriesOptions('your code', USER, 'points'),
    seriesOptions('your code (fit)', USER, 'curve'),
    seriesOptions('reference', REFERENCE, 'points'),
    seriesOptions('reference (fit)', REFERENCE, 'curve'),
  ],
};

/** Measured times and fitted curves of the user's code and the reference, on log-log axes (uPlot). */
export function GrowthChart({ report }: { report: GrowthReport }) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const xs = xValues(report);
    const ref = report.reference;
    return [xs, dots(report, xs), curve(report, xs), dots(ref, xs), curve(ref, xs)];
  }, [report]);
  // The canvas is decorative for screen readers: the table beside it carries the same numbers.
  return (
    <UplotChart
      options={GROWTH_CHART_OPTIONS}
      data={data}
      className="growth-chart"
      testId="growth-chart"
      fallbackWidth={480}
    />
  );
}
