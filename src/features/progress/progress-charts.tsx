import { getSummary, problemSummaries } from '../../content/problem-bank';
import { summaryLookup } from '../../domain/history/history-filters';
import {
  patternStrength,
  timeUsage,
  weeklyProgress,
  type Share,
} from '../../domain/history/progress-stats';
import type { Round } from '../../domain/round/round.schema';
import { BarChart } from './bar-chart';

const pct = (v: number) => `${Math.round(v * 100)} %`;
const count = (v: number) => String(Math.round(v));
const lookup = summaryLookup(problemSummaries);
/** The time chart shows the latest rounds only: a thousand bars would be unreadable. */
const RECENT = 30;
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

/** The five progress charts, computed from the saved rounds. */
export function ProgressCharts({ rounds }: { rounds: Round[] }) {
  const weeks = weeklyProgress(rounds, -new Date().getTimezoneOffset());
  const weekLabels = weeks.map((w) => w.week);
  const usage = timeUsage(rounds).slice(-RECENT);
  const strength = patternStrength(rounds, lookup);
  const total = weeks.reduce((a, w) => a + w.rounds, 0);
  const busiest = weeks.reduce((a, w) => (w.rounds > (a?.rounds ?? -1) ? w : a), weeks[0]);
  const passRate = mean(weeks.map((w) => w.passRate));
  const overLimit = usage.filter((u) => u.share >= 1).length;
  const timeCal = calibration(weeks.map((w) => w.time));
  const spaceCal = calibration(weeks.map((w) => w.space));
  const weakest = strength[0];

  return (
    <div className="progress-charts">
      <BarChart
        title="Rounds per week"
        summary={`${total} rounds over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}${busiest ? `; the busiest week was ${busiest.week} with ${busiest.rounds}` : ''}.`}
        labels={weekLabels}
        series={[{ name: 'Rounds', values: weeks.map((w) => w.rounds) }]}
        format={count}
      />
      <BarChart
        title="Pass rate per week"
        summary={
          passRate === null
            ? 'No finished rounds yet.'
            : `On average ${pct(passRate)} of the finished rounds each week passed every test; the latest week: ${weeks.at(-1)?.passRate === null ? 'no finished rounds' : pct(weeks.at(-1)?.passRate ?? 0)}.`
        }
        labels={weekLabels}
        series={[{ name: 'Pass rate', values: weeks.map((w) => w.passRate) }]}
        max={1}
        format={pct}
      />
      <BarChart
        title={`Time used against the limit (latest ${RECENT} rounds)`}
        summary={`Of the latest ${usage.length} rounds, ${overLimit} used the whole time. 100 % is the limit.`}
        labels={usage.map(
          (u) =>
            `${dayFormat.format(u.startedAt)} ${getSummary(u.problemSlug)?.title ?? u.problemSlug}`,
        )}
        axisLabels={usage.map((u) => dayFormat.format(u.startedAt))}
        series={[{ name: 'Share of the limit used', values: usage.map((u) => u.share) }]}
        max={1}
        format={pct}
        reference={{ value: 1, label: 'limit' }}
      />
      <BarChart
        title="Big-O calibration per week"
        summary={`Estimates that matched the reference: time ${timeCal[1] ? `${timeCal[0]} of ${timeCal[1]}` : 'none yet'}, space ${spaceCal[1] ? `${spaceCal[0]} of ${spaceCal[1]}` : 'none yet'}.`}
        labels={weekLabels}
        series={[
          { name: 'Time estimates matched', values: weeks.map((w) => w.time.rate) },
          { name: 'Space estimates matched', values: weeks.map((w) => w.space.rate) },
        ]}
        max={1}
        format={pct}
      />
      <BarChart
        title="Strength per pattern"
        summary={
          weakest
            ? `Weakest pattern: ${weakest.tag} (${weakest.passed} of ${weakest.rounds} passed).`
            : 'No finished rounds on problems in the bank yet.'
        }
        labels={strength.map((s) => s.tag)}
        series={[{ name: 'Pass rate', values: strength.map((s) => s.passRate) }]}
        max={1}
        format={pct}
      />
    </div>
  );
}
