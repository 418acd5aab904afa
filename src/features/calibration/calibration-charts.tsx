import { useMemo } from 'react';
import type { BarAxis } from '../../components/bar-plot';
import { ChartFigure } from '../../components/chart-figure';
import { preloadedComponent } from '../../lib/preloaded-component';
import type { ClassAccuracy } from '../../domain/history/estimate-accuracy';
import type { Confusion } from '../../domain/history/estimate-confusions';
import type { WeekStats } from '../../domain/history/progress-stats';

// uPlot and the plots come in their own chunks, requested as soon as this module runs (in
// parallel with reading the rounds); the captions, summaries and tables never wait for them.
const plotSpace = <div className="chart-plot" aria-hidden="true" />;
const BarPlot = preloadedComponent(
  import('../../components/bar-plot').then((m) => m.BarPlot),
  plotSpace,
);
const CalibrationTrendChart = preloadedComponent(
  import('../../components/calibration-trend-chart').then((m) => m.CalibrationTrendChart),
  plotSpace,
);

const pct = (v: number) => `${Math.round(v * 100)} %`;
const count = (v: number) => String(Math.round(v));
const share = (right: number, total: number) =>
  total ? `${pct(right / total)} (${right} of ${total})` : 'none';

/** Weekly share of right time and space estimates: a line each, the counts in the table. */
export function TrendFigure({ weeks }: { weeks: readonly WeekStats[] }) {
  const judged = weeks.filter((w) => w.time.total + w.space.total > 0);
  const first = judged[0];
  const last = judged.at(-1);
  const summary =
    first && last && first !== last
      ? `Time estimates right: ${share(first.time.matched, first.time.total)} in ${first.week}, ${share(last.time.matched, last.time.total)} in ${last.week}. Space: ${share(first.space.matched, first.space.total)}, then ${share(last.space.matched, last.space.total)}.`
      : `All in ${last?.week ?? 'one week'}: time ${share(last?.time.matched ?? 0, last?.time.total ?? 0)}, space ${share(last?.space.matched ?? 0, last?.space.total ?? 0)}. A trend shows from two weeks on.`;
  return (
    <ChartFigure
      title="Right estimates per week"
      summary={summary}
      rowHeader="Week"
      rows={weeks.map((w) => w.week)}
      series={[
        { name: 'Time right', values: weeks.map((w) => w.time.matched) },
        { name: 'Time estimates', values: weeks.map((w) => w.time.total) },
        { name: 'Space right', values: weeks.map((w) => w.space.matched) },
        { name: 'Space estimates', values: weeks.map((w) => w.space.total) },
      ]}
      format={count}
    >
      <CalibrationTrendChart weeks={weeks} />
    </ChartFigure>
  );
}

/** Share of right time estimates per measured class of the candidate's own code. */
export function ByClassFigure({ byClass }: { byClass: readonly ClassAccuracy[] }) {
  const { axis, rates } = useMemo(
    () => ({
      axis: { kind: 'categories', labels: byClass.map((c) => c.actual) } satisfies BarAxis,
      rates: byClass.map((c) => c.right / c.total),
    }),
    [byClass],
  );
  const worst = [...byClass].sort((a, b) => a.right / a.total - b.right / b.total)[0];
  return (
    <ChartFigure
      title="Right time estimates by your code’s measured class"
      summary={
        worst
          ? `Least often right when your code was ${worst.actual}: ${share(worst.right, worst.total)}.`
          : 'No measured time estimates yet.'
      }
      rowHeader="Your code measured"
      rows={byClass.map((c) => c.actual)}
      series={[
        { name: 'Right', values: byClass.map((c) => c.right) },
        { name: 'Estimates', values: byClass.map((c) => c.total) },
      ]}
      format={count}
    >
      <BarPlot axis={axis} name="Time estimates right" values={rates} format={pct} max={1} />
    </ChartFigure>
  );
}

/** The wrong time estimates as "said → measured" pairs, most frequent first. */
export function ConfusionFigure({ confusions }: { confusions: readonly Confusion[] }) {
  const { axis, counts, labels } = useMemo(() => {
    const labels = confusions.map((c) => `${c.said} → ${c.actual}`);
    return {
      labels,
      axis: { kind: 'categories', labels } satisfies BarAxis,
      counts: confusions.map((c) => c.count),
    };
  }, [confusions]);
  return (
    <ChartFigure
      title="What you said (→ what your code was)"
      summary={`The most common mix-up: ${labels[0] ?? 'none'}, ${confusions[0]?.count ?? 0} ${confusions[0]?.count === 1 ? 'time' : 'times'}.`}
      rowHeader="You said → your code"
      rows={labels}
      series={[{ name: 'Times', values: counts }]}
      format={count}
    >
      <BarPlot axis={axis} name="Times" values={counts} format={count} integer />
    </ChartFigure>
  );
}
