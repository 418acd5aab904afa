import { useMemo } from 'react';
import { preloadedComponent } from '../../lib/preloaded-component';
import { getSummary, problemSummaries } from '../../content/problem-bank';
import { summaryLookup } from '../../domain/history/history-filters';
import {
  patternStrength,
  timeUsage,
  weeklyProgress,
  type Share,
  type WeekStats,
} from '../../domain/history/progress-stats';
import type { RoundSummary } from '../../domain/history/round-summary';
import type { BarAxis } from '../../components/bar-plot';
import { ChartFigure } from '../../components/chart-figure';

// uPlot and the plots come in their own chunks, requested as soon as this module runs (in
// parallel with reading the rounds) and never blocking the captions, summaries and tables.
const barPlot = import('../../components/bar-plot');
const trendChart = import('../../components/calibration-trend-chart');
const plotSpace = <div className="chart-plot" aria-hidden="true" />;
const BarPlot = preloadedComponent(
  barPlot.then((m) => m.BarPlot),
  plotSpace,
);
const CalibrationTrendChart = preloadedComponent(
  trendChart.then((m) => m.CalibrationTrendChart),
  plotSpace,
);

const pct = (v: number) => `${Math.round(v * 100)} %`;
const count = (v: number) => String(Math.round(v));
const lookup = summaryLookup(problemSummaries);
/** The time chart shows the latest rounds only: a thousand bars would be unreadable. */
const RECENT = 30;
const LIMIT = { value: 1, name: 'limit' };
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short' });

/** Mean of the non-null values, or null. */
function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** Matched and total estimates summed over the weeks. */
function calibration(shares: Share[]): [number, number] {
  return [shares.reduce((a, s) => a + s.matched, 0), shares.reduce((a, s) => a + s.total, 0)];
}

/** Every figure the five charts show, computed once per set of rounds. */
function dashboard(rounds: readonly RoundSummary[]) {
  const weeks: WeekStats[] = weeklyProgress(rounds, -new Date().getTimezoneOffset());
  const usage = timeUsage(rounds).slice(-RECENT);
  const strength = patternStrength(rounds, lookup);
  return {
    weeks,
    weekLabels: weeks.map((w) => w.week),
    weekAxis: { kind: 'weeks', starts: weeks.map((w) => w.start) } satisfies BarAxis,
    perWeek: weeks.map((w) => w.rounds),
    passRates: weeks.map((w) => w.passRate),
    usage,
    usageLabels: usage.map(
      (u) =>
        `${dayFormat.format(u.startedAt)} ${getSummary(u.problemSlug)?.title ?? u.problemSlug}`,
    ),
    usageAxis: {
      kind: 'categories',
      labels: usage.map((u) => dayFormat.format(u.startedAt)),
    } satisfies BarAxis,
    shares: usage.map((u) => u.share),
    strength,
    strengthAxis: { kind: 'categories', labels: strength.map((s) => s.tag) } satisfies BarAxis,
    strengthRates: strength.map((s) => s.passRate),
    total: weeks.reduce((a, w) => a + w.rounds, 0),
    assessed: rounds.filter((r) => r.assessmentId !== undefined).length,
    busiest: weeks.reduce<WeekStats | undefined>(
      (a, w) => (w.rounds > (a?.rounds ?? -1) ? w : a),
      undefined,
    ),
    passRate: mean(weeks.map((w) => w.passRate)),
    timeCal: calibration(weeks.map((w) => w.time)),
    spaceCal: calibration(weeks.map((w) => w.space)),
  };
}

/**
 * The five progress charts (uPlot), each with a summary sentence and a table of its numbers. An
 * attempt is a saved round or one problem of a saved assessment; the time chart shows rounds only.
 */
export function ProgressCharts({ rounds }: { rounds: readonly RoundSummary[] }) {
  const d = useMemo(() => dashboard(rounds), [rounds]);
  const { weeks, busiest, passRate, timeCal, spaceCal } = d;
  const latest = weeks.at(-1)?.passRate ?? null;
  const overLimit = d.usage.filter((u) => u.share >= 1).length;
  const weakest = d.strength[0];
  // Each chart counts attempts: saved rounds and the problems of saved assessments (issue 14).
  const madeOf = d.assessed
    ? ` (${d.total - d.assessed} ${d.total - d.assessed === 1 ? 'round' : 'rounds'}, ${d.assessed} assessment ${d.assessed === 1 ? 'problem' : 'problems'})`
    : '';
  return (
    <div className="progress-charts">
      <ChartFigure
        title="Attempts per week"
        summary={`${d.total} ${d.total === 1 ? 'attempt' : 'attempts'}${madeOf} over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}${busiest ? `; the busiest week was ${busiest.week} with ${busiest.rounds}` : ''}.`}
        rowHeader="Week"
        rows={d.weekLabels}
        series={[{ name: 'Attempts', values: d.perWeek }]}
        format={count}
      >
        <BarPlot axis={d.weekAxis} name="Attempts" values={d.perWeek} format={count} integer />
      </ChartFigure>
      <ChartFigure
        title="Pass rate per week"
        summary={
          passRate === null
            ? 'No finished attempts yet.'
            : `On average ${pct(passRate)} of the finished attempts each week passed every test; the latest week: ${latest === null ? 'no finished attempts' : pct(latest)}.`
        }
        rowHeader="Week"
        rows={d.weekLabels}
        series={[{ name: 'Pass rate', values: d.passRates }]}
        format={pct}
      >
        <BarPlot axis={d.weekAxis} name="Pass rate" values={d.passRates} format={pct} max={1} />
      </ChartFigure>
      <ChartFigure
        title={`Time used against the limit (latest ${RECENT} rounds)`}
        summary={`Of the latest ${d.usage.length} rounds, ${overLimit} used the whole time. 100 % is the limit.`}
        rowHeader="Round"
        rows={d.usageLabels}
        series={[{ name: 'Share of the limit used', values: d.shares }]}
        format={pct}
      >
        <BarPlot
          axis={d.usageAxis}
          name="Share of the limit used"
          values={d.shares}
          format={pct}
          max={1}
          reference={LIMIT}
        />
      </ChartFigure>
      <ChartFigure
        title="Big-O calibration per week"
        summary={`Estimates right about your own code: time ${timeCal[1] ? `${timeCal[0]} of ${timeCal[1]}` : 'none yet'}, space ${spaceCal[1] ? `${spaceCal[0]} of ${spaceCal[1]}` : 'none yet'}.`}
        rowHeader="Week"
        rows={d.weekLabels}
        series={[
          { name: 'Time estimates matched', values: weeks.map((w) => w.time.rate) },
          { name: 'Space estimates matched', values: weeks.map((w) => w.space.rate) },
        ]}
        format={pct}
      >
        <CalibrationTrendChart weeks={weeks} />
      </ChartFigure>
      <ChartFigure
        title="Strength per pattern"
        summary={
          weakest
            ? `Weakest pattern: ${weakest.tag} (${weakest.passed} of ${weakest.rounds} passed).`
            : 'No finished attempts on problems in the bank yet.'
        }
        rowHeader="Pattern"
        rows={d.strengthAxis.labels}
        series={[{ name: 'Pass rate', values: d.strengthRates }]}
        format={pct}
      >
        <BarPlot
          axis={d.strengthAxis}
          name="Pass rate"
          values={d.strengthRates}
          format={pct}
          max={1}
        />
      </ChartFigure>
    </div>
  );
}
