import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { WeekStats } from '../domain/history/progress-stats';
import { weekRange } from './chart-axes';
import { UplotChart, type ChartOptions } from './uplot-chart';

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

/** The chart's uPlot options. */
const TREND_OPTIONS: ChartOptions = {
  height: 240,
  // Names only: a live legend reads "--" until the pointer is over the chart.
  legend: { live: false },
  // One week of data spans one week, not years.
  scales: {
    x: { time: true, range: (u, min, max) => weekRange(u.data?.[0], min, max) },
    y: { range: [0, 100] },
  },
  axes: [{}, { label: '% right', values: (_u, ticks) => ticks.map((t) => `${t} %`) }],
  series: [
    {},
    { label: 'time estimates', stroke: 'var(--accent, #2563eb)', width: 2, points: { show: true } },
    {
      label: 'space estimates',
      stroke: 'var(--warn-fg, #c2410c)',
      width: 2,
      dash: [6, 4],
      points: { show: true },
    },
  ],
};

/**
 * Weekly share of right time and space estimates (Big-O calibration over time), for the
 * Calibration page and the Progress dashboard; weeks without estimates leave a gap.
 */
export function CalibrationTrendChart({ weeks }: { weeks: readonly WeekStats[] }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [
      weeks.map((w) => w.start / 1000),
      weeks.map((w) => pct(w.time.rate)),
      weeks.map((w) => pct(w.space.rate)),
    ],
    [weeks],
  );
  return <UplotChart options={TREND_OPTIONS} data={data} testId="calibration-chart" />;
}
