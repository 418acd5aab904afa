import { lazy, Suspense, useState } from 'react';
import { CUSTOM_CASES_MAX, type CustomCase } from '../../domain/problem/custom-case';
import type { ProblemPage } from '../../domain/problem/problem-parts';
import { displayJson, formatInput } from '../../runner/format-input';
import type { RunReport } from '../../runner/run-report';
import { useReport } from '../../store/selectors';
import { customCaseName } from './custom-case-name';

// The editor (input checks, the reference run) loads when "Add test case" is pressed, not with
// the problem page (issue 16: a light first load).
const CustomCaseEditor = lazy(async () => ({
  default: (await import('./custom-case-editor')).CustomCaseEditor,
}));

export interface CustomCasesPanelProps {
  problem: ProblemPage;
  cases: readonly CustomCase[];
  onAdd: (item: CustomCase) => void;
  onRemove: (id: string) => void;
}

const STATUS_TEXT: Record<string, string> = {
  pass: 'Passed',
  fail: 'Failed',
  error: 'Error',
  timeout: 'Timed out',
  crashed: 'Crashed',
};

/** The problem page's panel: its report is the page's last run for this problem. */
export function ProblemCustomCases(props: CustomCasesPanelProps) {
  // Subscribed here, so a new report re-renders this panel, not the editor and statement.
  const report = useReport(props.problem.slug);
  return <CustomCasesPanel {...props} report={report} />;
}

/**
 * The candidate's own test cases, apart from the problem's: run with Run after the visible
 * cases, each with the reference's answer (shown, as a visible case's expected value is).
 */
export function CustomCasesPanel({
  problem,
  cases,
  onAdd,
  onRemove,
  report,
  disabled = false,
}: CustomCasesPanelProps & { report: RunReport | undefined; disabled?: boolean }) {
  const [editing, setEditing] = useState(false);
  if (problem.entry.kind !== 'function') return null;
  const resultOf = (index: number) =>
    report?.mode === 'run' ? report.tests.find((t) => t.name === customCaseName(index)) : undefined;
  return (
    <section className="custom-cases" aria-labelledby="custom-cases-heading">
      <h2 id="custom-cases-heading">Your test cases</h2>
      {cases.length === 0 ? (
        <p className="custom-cases-empty">None yet: add one to run your code on your own input.</p>
      ) : (
        <ol className="custom-case-list">
          {cases.map((item, i) => {
            const result = resultOf(i);
            return (
              <li key={item.id} aria-label={customCaseName(i)}>
                <div className="custom-case-input">
                  <strong>{customCaseName(i)}</strong>{' '}
                  <code>{formatInput(problem.entry, item.args)}</code>
                </div>
                <div>
                  Expected (reference): <code>{displayJson(item.expected)}</code>
                </div>
                {result && (
                  <div className={`custom-case-result status-${result.status}`}>
                    {STATUS_TEXT[result.status] ?? result.status}
                    {result.actual !== undefined && (
                      <>
                        {' '}
                        · got <code>{result.actual}</code>
                      </>
                    )}
                  </div>
                )}
                <button type="button" disabled={disabled} onClick={() => onRemove(item.id)}>
                  Remove {customCaseName(i)}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {editing ? (
        <Suspense fallback={null}>
          <CustomCaseEditor
            problem={problem}
            onCancel={() => setEditing(false)}
            onSave={(item) => {
              onAdd(item);
              setEditing(false);
            }}
          />
        </Suspense>
      ) : (
        <button
          type="button"
          disabled={disabled || cases.length >= CUSTOM_CASES_MAX}
          onClick={() => setEditing(true)}
        >
          Add test case
        </button>
      )}
    </section>
  );
}
