import { useMemo } from 'react';
import uPlot from 'uplot';
import { weekRange } from './chart-axes';
import { UplotChart, type ChartOptions } from './uplot-chart';

/** Tick labels on a category axis: at most this many, so long histories stay readable. */
const MAX_LABELS = 10;

export type BarAxis =
  /** One bar per ISO week, on a time axis (week starts in epoch ms). */
  | { kind: 'weeks'; starts: readonly number[] }
  /** One bar per label (a round, a pattern). */
  | { kind: 'categories'; labels: readonly string[] };

export interface BarPlotProps {
  axis: BarAxis;
  name: string;
  /** One value per bar; null draws none. */
  values: readonly (number | null)[];
  format: (value: number) => string;
  /** The top of the value axis at least (1 for rates); it grows with larger values. */
  max?: number;
  /** A dashed line at this value (the time limit at 100 %). */
  reference?: { value: number; name: string };
  /** Whole-number ticks only (counts). */
  integer?: boolean;
}

function xAxis(axis: BarAxis): Pick<ChartOptions, 'scales' | 'axes'> {
  if (axis.kind === 'weeks') {
    return {
      scales: { x: { time: true, range: (u, min, max) => weekRange(u.data?.[0], min, max) } },
      axes: [{}],
    };
  }
  const { labels } = axis;
  const every = Math.max(1, Math.ceil(labels.length / MAX_LABELS));
  const long = labels.some((label) => label.length > 8);
  return {
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] } },
    axes: [
      {
        splits: () => labels.flatMap((_, i) => (i % every === 0 ? [i] : [])),
        values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
        ...(long ? { rotate: -35, size: 90 } : {}),
      },
    ],
  };
}

/** The uPlot options and data of a bar chart (exported for its tests). */
export function barPlotSetup(props: BarPlotProps): {
  options: ChartOptions;
  data: uPlot.AlignedData;
} {
  const { axis, name, values, format, max = 0, reference, integer } = props;
  const x =
    axis.kind === 'weeks' ? axis.starts.map((ms) => ms / 1000) : axis.labels.map((_, i) => i);
  const { scales, axes = [] } = xAxis(axis);
  const bars = uPlot.paths.bars?.({ size: [0.7, 48] });
  const series: uPlot.Series[] = [
    {},
    {
      label: name,
      fill: 'var(--accent, #2857d6)',
      stroke: 'var(--accent, #2857d6)',
      paths: bars,
      points: { show: false },
    },
  ];
  const data: uPlot.AlignedData = [x, [...values]];
  if (reference) {
    series.push({
      label: reference.name,
      stroke: 'var(--bad-fg, #a51d24)',
      width: 1.5,
      dash: [6, 4],
      points: { show: false },
    });
    data.push(x.map(() => reference.value));
  }
  const options: ChartOptions = {
    height: 200,
    legend: { show: false },
    scales: {
      ...scales,
      y: {
        range: (_u, _min, top) => [
          0,
          Math.max(max, reference?.value ?? 0, top, integer ? 1 : 1e-9),
        ],
      },
    },
    axes: [
      ...axes,
      {
        size: 56,
        values: (_u, ticks) => ticks.map(format),
        ...(integer ? { incrs: [1, 2, 5, 10, 20, 50, 100] } : {}),
      },
    ],
    series,
  };
  return { options, data };
}

/** A single-series bar chart (uPlot); loaded lazily with the uPlot chunk. */
export function BarPlot({ axis, name, values, format, max, reference, integer }: BarPlotProps) {
  // Pass stable props (memoized by the caller): a new axis or values array draws a new chart.
  const { options, data } = useMemo(
    () => barPlotSetup({ axis, name, values, format, max, reference, integer }),
    [axis, name, values, format, max, reference, integer],
  );
  return <UplotChart options={options} data={data} className="chart-plot" />;
}
