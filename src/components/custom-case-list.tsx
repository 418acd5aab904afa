import { customCaseName } from '../domain/problem/custom-case';
import type { RoundCustomCase } from '../domain/problem/custom-case.schema';
import { argsText, CASE_STATUS_TEXT, valueText } from '../domain/problem/custom-case-text';
import { formatElapsed } from '../domain/round/round-timer';

interface CustomCaseListProps {
  cases: readonly RoundCustomCase[];
  /** The problem's parameter names, to label the arguments (omitted: values only). */
  params?: readonly string[];
  /** The element naming the list (its heading). */
  labelledBy: string;
}

/**
 * A round's custom test cases, read only: each case's input, the reference's answer and what the
 * candidate's code got on it at its last Run (History, the interviewer's view).
 */
export function CustomCaseList({ cases, params = [], labelledBy }: CustomCaseListProps) {
  return (
    <ol className="custom-case-list" aria-labelledby={labelledBy}>
      {cases.map((item, i) => (
        <li key={item.id} aria-label={customCaseName(i)}>
          <div>
            <strong>{customCaseName(i)}</strong> <code>{argsText(item.args, params)}</code>
          </div>
          <div>
            Expected (reference): <code>{valueText(item.expected)}</code>
          </div>
          {item.last ? (
            <div className={`custom-case-result status-${item.last.status}`}>
              Last run ({formatElapsed(item.last.atMs)}): {CASE_STATUS_TEXT[item.last.status]}
              {item.last.actual !== undefined && (
                <>
                  {' '}
                  · got <code>{item.last.actual}</code>
                </>
              )}
            </div>
          ) : (
            <div className="muted">No Run result recorded.</div>
          )}
        </li>
      ))}
    </ol>
  );
}
