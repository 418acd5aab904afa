/**
 * Test fixture for the round's component tests: a hand-driven clock, a small parsed problem,
 * a fake editor, and a render helper with a router and the clock. Not imported by the app.
 */
import { act, render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import { parseProblem } from '../../domain/problem/parse-problem';
import type { NewRound } from '../../domain/round/round-machine';
import type { Round } from '../../domain/round/round.schema';
import type { RunReport } from '../../runner/run-report';
import { useAppStore } from '../../store/app-store';
import { ClockProvider, type Clock } from './clock-context';
import type { RoundEditorProps, RoundSlots } from './round-slots';

export const MIN = 60_000;
export const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);

/** A clock that moves only when the test says so; subscribers hear every move. */
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
  return { clock, advance, now: () => now };
}

export const problem = parseProblem('problems/add-two', {
  ...problemFixtureFiles({ slug: 'add-two', title: 'Add Two' }),
});

export function roundInput(overrides: Partial<NewRound> = {}): NewRound {
  return {
    id: 'round-1',
    problemSlug: 'add-two',
    mode: 'practice',
    durationMs: 15 * MIN,
    language: 'js',
    code: problem.starter.js,
    ...overrides,
  };
}

/** Waits for the store, forgets any round, and starts a fresh one at `at` (or none). */
export async function resetRound(input: NewRound | null, at = T0): Promise<void> {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  act(() => {
    useAppStore.getState().clearActiveRound();
    if (input) useAppStore.getState().startRound(input, at);
  });
}

/** Moves the stored round forward through the machine (test set-up, not the UI). */
export function dispatchAt(
  event: Parameters<ReturnType<typeof useAppStore.getState>['dispatchRound']>[0],
  at: number,
) {
  let refused: string | null = null;
  act(() => {
    refused = useAppStore.getState().dispatchRound(event, at);
  });
  if (refused) throw new Error(refused);
}

export function activeRound(): Round {
  const round = useAppStore.getState().activeRound;
  if (!round) throw new Error('no active round');
  return round;
}

/** Stands in for Monaco: a textarea bound to the round's own code, honouring readOnly. */
export function FakeEditor({ ownCode, readOnly, onRunShortcut }: RoundEditorProps) {
  return (
    <div>
      <textarea
        aria-label="Code editor"
        value={ownCode.value}
        readOnly={readOnly}
        onChange={(e) => ownCode.onChange(e.target.value)}
      />
      <button type="button" onClick={onRunShortcut}>
        editor shortcut
      </button>
    </div>
  );
}

/** Slots like the app's, with the fake editor and a results stub showing the summary. */
export const slots: RoundSlots = {
  statement: <h1>Add Two</h1>,
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

export const REPORT: RunReport = {
  mode: 'run',
  status: 'done',
  tests: [],
  passed: 1,
  failed: 0,
  totalMs: 3,
  budgetMs: 2000,
};

/** Renders `ui` at /round with the clock, plus /rounds and /problems/:slug markers to land on. */
export function renderWithRouter(ui: ReactElement, clock: Clock, path = '/round') {
  const router = createMemoryRouter(
    [
      { path: '/round', element: <ClockProvider clock={clock}>{ui}</ClockProvider> },
      { path: '/problems/:slug', element: <ClockProvider clock={clock}>{ui}</ClockProvider> },
      { path: '/rounds', element: <h1>Past rounds page</h1> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}
