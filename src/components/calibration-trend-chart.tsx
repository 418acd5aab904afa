import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { WeekStats } from '../domain/history/progress-stats';
import { UplotChart, type ChartOptions } from './uplot-chart';

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

const OPTIONS: ChartOptions = {
  height: 240,
  scales: { y: { range: [0, 100] } },
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
  return <UplotChart options={OPTIONS} data={data} testId="calibration-chart" />;
}
