import { lazy, Suspense, useId } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Measured } from '../../domain/round/round.schema';
import type { GrowthReport, SeriesReport } from '../../runner/measure-report';
import type { Language } from '../../runner/protocol';
import { allSizes, describeSeries, formatMs, msAt } from './growth-format';
import { useAutoStart, useMeasureGrowth } from './use-measure-growth';
import './growth.css';

// uPlot is only fetched when there is something to draw.
const GrowthChart = lazy(() => import('./growth-chart').then((m) => ({ default: m.GrowthChart })));

export interface GrowthPanelProps {
  problem: Problem;
  code: string;
  language: Language;
  /** Starts measuring by itself (once) as soon as this is true. */
  autoStart?: boolean;
  /** Measures again, up to this many times, while the class is not conclusive (default 1). */
  attempts?: number;
  /** Called with every finished measurement (not a cancelled one), e.g. to save it in the round. */
  onMeasured?: (measured: Measured) => void;
  /** Called when a measurement starts (true) and when it ends, measured or cancelled (false). */
  onRunningChange?: (running: boolean) => void;
}

function SeriesLine({ name, series }: { name: string; series: SeriesReport }) {
  return (
    <li className={series.ok ? 'growth-class' : 'growth-class growth-failed'}>
      <strong>{name}:</strong> {describeSeries(series)}
    </li>
  );
}

/** The measured n / ms pairs as a table, for screen readers (the chart is a canvas). */
function GrowthTable({ report }: { report: GrowthReport }) {
  // Wrapped: a table is never narrower than its content, so it cannot be 1px wide itself.
  return (
    <div className="visually-hidden">
      <table>
        <caption>Measured time per call by input size</caption>
        <thead>
          <tr>
            <th scope="col">n</th>
            <th scope="col">Your code</th>
            {report.reference && <th scope="col">Reference</th>}
          </tr>
        </thead>
        <tbody>
          {allSizes(report).map((n) => (
            <tr key={n}>
              <th scope="row">{n}</th>
              <td>{formatMs(msAt(report, n))}</td>
              {report.reference && <td>{formatMs(msAt(report.reference, n))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GrowthResult({ report }: { report: GrowthReport }) {
  if (!report.ok && report.failure === 'stopped') {
    return <p role="status">Measurement cancelled.</p>;
  }
  const drawable = report.points.length > 0 || (report.reference?.points.length ?? 0) > 0;
  return (
    <div className="growth-result">
      <div role="status">
        <ul className="growth-classes">
          <SeriesLine name="Your code" series={report} />
          {report.reference && <SeriesLine name="Reference" series={report.reference} />}
        </ul>
      </div>
      {drawable && (
        <>
          <Suspense fallback={<p className="muted">Loading the chart…</p>}>
            <GrowthChart report={report} />
          </Suspense>
          <GrowthTable report={report} />
        </>
      )}
      <p className="muted growth-note">
        Timings on generated inputs of growing size; the class is a hint from the curve fit, not
        proof.
      </p>
    </div>
  );
}

/** "Measure growth": times the code on growing inputs beside the reference, then charts both. */
export function GrowthPanel({
  problem,
  code,
  language,
  autoStart = false,
  attempts = 1,
  onMeasured,
  onRunningChange,
}: GrowthPanelProps) {
  const { running, attempt, fraction, report, measure, cancel } = useMeasureGrowth(
    problem,
    code,
    language,
    { onMeasured, onRunningChange },
    attempts,
  );
  useAutoStart(autoStart, measure);
  const percent = Math.round(fraction * 100);
  // An assessment's reveal shows one panel per problem.
  const heading = useId();
  return (
    <section className="round-card growth-panel" aria-labelledby={heading}>
      <h2 id={heading}>Growth</h2>
      <div className="toolbar">
        <button type="button" className="button" disabled={running} onClick={() => void measure()}>
          Measure growth
        </button>
        {running && (
          <button type="button" className="button button-danger" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
      {running && (
        <div className="growth-progress">
          <progress
            max={100}
            value={percent}
            role="progressbar"
            aria-label="Measuring growth"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          />
          <span className="muted">
            {' '}
            {percent} %
            {attempt > 1 &&
              ` · measuring again (${attempt} of ${attempts}): the timings were too noisy to tell`}
          </span>
        </div>
      )}
      {!running && report && <GrowthResult report={report} />}
    </section>
  );
}
