/**
 * Test fixture for the assessment's component tests: a hand-driven clock, two small parsed
 * problems, a fake editor, and a render helper with a router. Not imported by the app.
 */
import { act, render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import type { NewAssessment } from '../../domain/assessment/assessment-start';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { parseProblem } from '../../domain/problem/parse-problem';
import type { RunReport } from '../../runner/run-report';
import { useAppStore } from '../../store/app-store';
import { AssessmentClockProvider, type Clock } from './assessment-clock';
import type { AssessmentEditorProps, AssessmentSlots } from './assessment-slots';

export const MIN = 60_000;
export const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);

/** A clock that moves only when the test says so. */
export function manualClock(start = T0) {
  let now = start;
  const listeners = new Set<() => void>();
  const clock: Clock = {
    now: () => now,
    subscribe(onTick) {
      listeners.add(onTick);
      return () => listeners.delete(onTick);
    },
  };
  const advance = (ms: number) =>
    act(() => {
      now += ms;
      listeners.forEach((l) => l());
    });
  return { clock, advance };
}

export const problems = [
  parseProblem('problems/add-two', problemFixtureFiles({ slug: 'add-two', title: 'Add Two' })),
  parseProblem(
    'problems/add-more',
    problemFixtureFiles({ slug: 'add-more', title: 'Add More', difficulty: 'medium' }),
  ),
];

export function assessmentInput(options: NewAssessment['options'] = {}): NewAssessment {
  return {
    id: 'as-1',
    presetId: 'custom',
    durationMs: 30 * MIN,
    problems: problems.map((p) => ({ slug: p.slug, language: 'js' as const, code: p.starter.js })),
    options,
  };
}

/** Waits for the store, forgets any assessment, and starts a fresh one at `at` (or none). */
export async function resetAssessment(input: NewAssessment | null, at = T0): Promise<void> {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  act(() => {
    useAppStore.getState().clearActiveAssessment();
    if (input) useAppStore.getState().startAssessment(input, at);
  });
}

export function active(): Assessment {
  const a = useAppStore.getState().activeAssessment;
  if (!a) throw new Error('no active assessment');
  return a;
}

/** Stands in for Monaco: a textarea bound to the assessment's own code. */
function FakeEditor({ ownCode, readOnly, slug }: AssessmentEditorProps) {
  return (
    <textarea
      aria-label={`Code editor ${slug}`}
      value={ownCode.value}
      readOnly={readOnly}
      onChange={(e) => ownCode.onChange(e.target.value)}
    />
  );
}

export const slots: AssessmentSlots = {
  renderStatement: (problem) => <h2>{`Statement of ${problem.title}`}</h2>,
  renderEditor: (props) => <FakeEditor {...props} />,
  renderResults: (report: RunReport | undefined, running: boolean) => (
    <div data-testid="results">
      {running
        ? 'running'
        : report
          ? `${report.mode}: ${report.passed} passed, ${report.failed} failed`
          : 'no run'}
    </div>
  ),
};

/** Renders `ui` at `path` with the clock, plus a marker page for /assessment. */
export function renderWithRouter(ui: ReactElement, clock: Clock, path = '/assessment') {
  const wrap = (el: ReactElement) => (
    <AssessmentClockProvider clock={clock}>{el}</AssessmentClockProvider>
  );
  const router = createMemoryRouter(
    [
      { path, element: wrap(ui) },
      ...(path === '/assessment'
        ? []
        : [{ path: '/assessment', element: <h1>Assessment page</h1> }]),
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}
