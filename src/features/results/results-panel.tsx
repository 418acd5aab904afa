import type { RunReport } from '../../runner/run-report';
import { summarize } from '../../runner/run-report';
import { formatMs } from './result-format';
import { RunStatusBanner } from './run-status-banner';
import { TestResultItem } from './test-result-item';

export interface ResultsPanelProps {
  report: RunReport | undefined;
  running: boolean;
}

function StatusLine({ report, running }: ResultsPanelProps) {
  if (running) return <>Running tests…</>;
  if (!report) return <>Run your code to see results.</>;
  return (
    <>
      <strong className="summary">{summarize(report)}</strong>
      {report.mode === 'run' && (
        <span className="summary-note"> · Hidden tests run on Submit.</span>
      )}
    </>
  );
}

/** The results of the latest Run or Submit for one problem. */
export function ResultsPanel({ report, running }: ResultsPanelProps) {
  return (
    <section className="results-panel" aria-labelledby="results-heading" aria-busy={running}>
      {/* Summary stays in view while the test list scrolls. */}
      <div className="results-top">
        <div className="results-head">
          <h2 id="results-heading">Results</h2>
          {report && !running && (
            <span className="results-meta">
              {report.mode === 'submit' ? 'Submit' : 'Run'} · {formatMs(report.totalMs)}
            </span>
          )}
        </div>
        {/* Always mounted so screen readers announce each new summary. */}
        <p className="results-status" role="status" aria-live="polite">
          <StatusLine report={report} running={running} />
        </p>
      </div>
      {report && !running && (
        <>
          <RunStatusBanner report={report} />
          {report.tests.length > 0 && (
            <ol className="test-list" aria-label="Test results">
              {report.tests.map((test) => (
                <TestResultItem key={test.id} test={test} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
