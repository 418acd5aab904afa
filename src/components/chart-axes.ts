// Axis helpers shared by the uPlot charts: ranges and tick labels that fit the data. Pure.

/** One ISO week in seconds (uPlot's time axes count seconds). */
export const WEEK_S = 7 * 86_400;

/**
 * The x range of a weekly time axis (uPlot's range callback): half a week either side of the first
 * and last week. `xs` are the chart's x values: with a single one, uPlot hands the callback a
 * maximum 86,400,000 s (~2.7 years) past it, which would draw an axis spanning years.
 */
export function weekRange(
  xs: ArrayLike<number | null> | undefined,
  min: number,
  max: number,
): [number, number] {
  const only = xs?.length === 1 ? xs[0] : null;
  const [lo, hi] = typeof only === 'number' ? [only, only] : [min, max];
  return [lo - WEEK_S / 2, hi + WEEK_S / 2];
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/**
 * A tick label that fits under a tick: 10,000 and more in compact form ("10K", "1M"), and small
 * values to three significant digits, so a positive tick never reads "0" (0.0005 → "0.0005").
 */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 10_000) return compact.format(value);
  return plain.format(value);
}

/** 3 for 3000, 2 for 0.02: the leading digit of a positive number. */
function mantissa(value: number): number {
  return Math.round(value / 10 ** Math.floor(Math.log10(value) + 1e-9));
}

/**
 * Labels for the ticks of a log axis (uPlot puts one at every 1…9 × 10^k): powers of ten only
 * when the ticks span more than two decades, else 1, 2 and 5 × 10^k; the others stay blank so
 * labels never crowd or repeat.
 */
export function logTickLabels(
  ticks: readonly number[],
  format: (value: number) => string = formatTick,
): string[] {
  const positive = ticks.filter((t) => t > 0);
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const keep = Math.log10(hi / lo) > 2 ? [1] : [1, 2, 5];
  return ticks.map((t) => (t > 0 && keep.includes(mantissa(t)) ? format(t) : ''));
}
