import type { RunReport } from '../../runner/run-report';
import { formatLocation, formatMs } from './result-format';

/** Explains a run that did not finish normally: compile error, timeout, stop or crash. */
export function RunStatusBanner({ report }: { report: RunReport }) {
  const { status, loadError } = report;
  if (status === 'done' && !loadError) return null;

  let title: string;
  let detail: string | undefined;
  switch (status) {
    case 'compile-error':
      title = 'Compile error';
      break;
    case 'timeout':
      title = 'Time budget exceeded';
      detail = `The run was stopped after ${formatMs(report.budgetMs)}. Look for an infinite loop or a slower-than-needed algorithm.`;
      break;
    case 'stopped':
      title = 'Run stopped';
      detail = 'You stopped the run; tests that had not finished are marked as stopped.';
      break;
    case 'crashed':
      title = 'The runner crashed';
      detail =
        'The sandbox running your code stopped unexpectedly (often memory exhaustion or deep recursion).';
      break;
    case 'done':
      title = 'Your code could not be loaded';
      break;
  }

  return (
    <div className={`run-banner run-banner-${status}`}>
      <h3 className="run-banner-title">{title}</h3>
      {detail && <p>{detail}</p>}
      {loadError && (
        <p className="run-banner-error">
          <span className="error-name">{loadError.name}:</span> {loadError.message}
          {loadError.location && (
            <span className="error-location"> — {formatLocation(loadError.location)}</span>
          )}
        </p>
      )}
      {loadError?.traceback && <pre className="value">{loadError.traceback}</pre>}
    </div>
  );
}
