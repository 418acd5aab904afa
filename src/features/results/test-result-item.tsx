import type { TestResult } from '../../runner/run-report';
import { ConsoleOutput } from './console-output';
import { STATUS_LABEL, formatError, formatMs } from './result-format';
import { ValueDiff } from './value-diff';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <div className="field-label">{label}</div>
      <pre className="value">{value}</pre>
    </div>
  );
}

/** Input, expected vs actual, reason, error and console of a visible test; nothing when it has none. */
function TestDetails({ test }: { test: TestResult }) {
  const { input, expected, actual, reason, error, console: output } = test;
  const hasConsole =
    output !== undefined && (output.lines.length > 0 || output.truncated !== undefined);
  if (input === undefined && expected === undefined && !reason && !error && !hasConsole)
    return null;
  return (
    <div className="test-result-body">
      {input !== undefined && <Field label="Input" value={input} />}
      {expected !== undefined && actual !== undefined ? (
        <ValueDiff expected={expected} actual={actual} />
      ) : (
        expected !== undefined && <Field label="Expected" value={expected} />
      )}
      {reason && <p className="test-reason">{reason}</p>}
      {error && <p className="test-error">{formatError(error)}</p>}
      {error?.traceback && <Field label="Traceback" value={error.traceback} />}
      {output && hasConsole && <ConsoleOutput output={output} />}
    </div>
  );
}

/** One test: a visible test shows everything; a hidden one only its name and verdict. */
export function TestResultItem({ test }: { test: TestResult }) {
  const ran = test.status !== 'not-run' && test.status !== 'skipped';
  return (
    <li className={`test-result test-${test.status}`}>
      <div className="test-result-head">
        <span className={`status-badge status-${test.status}`}>{STATUS_LABEL[test.status]}</span>
        <h3 className="test-name">{test.name}</h3>
        {test.hidden && <span className="hidden-tag">Hidden</span>}
        {!test.hidden && ran && <span className="test-ms">{formatMs(test.ms)}</span>}
      </div>
      {test.hidden ? (
        test.status === 'timeout' && test.reason && <p className="test-reason">{test.reason}</p>
      ) : (
        <TestDetails test={test} />
      )}
    </li>
  );
}
