// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoundPage } from './round-page';
import {
  dispatchAt,
  manualClock,
  problem,
  renderWithRouter,
  resetRound,
  roundInput,
  slots,
  T0,
} from './round-test.fixture';

/** The app's runner, reduced to Python's loading state, which the test drives. */
const client = vi.hoisted(() => {
  const listeners = new Set<(loading: boolean) => void>();
  return {
    listeners,
    prepared: 0,
    preparePython() {
      this.prepared += 1;
      return new Promise<void>(() => undefined);
    },
    onPythonLoading(listener: (loading: boolean) => void) {
      listeners.add(listener);
      listener(true); // the runtime is loading when the page opens (a reload)
      return () => listeners.delete(listener);
    },
    isRunning: () => false,
    stop: () => undefined,
  };
});
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));

const pythonProblem = {
  ...problem,
  python: { starter: 'def add_two(a, b):\n    pass\n', solution: '', wrong: [] },
};

beforeEach(() => {
  client.prepared = 0;
  client.listeners.clear();
  // jsdom has no Worker; the app loads Python only where workers exist.
  vi.stubGlobal('Worker', class {});
});
afterEach(() => vi.unstubAllGlobals());

describe('the round page while Python loads', () => {
  it('a Python round in the code phase says "Loading Python…" (clock running) in a polite status, then clears it', async () => {
    await resetRound(roundInput({ language: 'py', code: pythonProblem.python.starter }));
    dispatchAt({ type: 'begin-coding' }, T0 + 10_000);
    renderWithRouter(
      <RoundPage problem={pythonProblem} {...slots} />,
      manualClock(T0 + 20_000).clock,
    );
    const text = await screen.findByText(/Loading Python…/);
    expect(text).toHaveTextContent('Loading Python… (the round’s clock keeps running)');
    const status = text.closest('[role="status"]');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(client.prepared).toBe(1);
    // The clock is not held: it runs from the round's absolute deadline.
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('14:40');

    act(() => client.listeners.forEach((l) => l(false)));
    await waitFor(() => expect(screen.queryByText(/Loading Python…/)).toBeNull());
    expect(status).toBeInTheDocument(); // the live region stays, so the next change is announced
  });

  it('shows in the brief too, where Python starts loading for the coming runs', async () => {
    await resetRound(roundInput({ language: 'py', code: pythonProblem.python.starter }));
    renderWithRouter(<RoundPage problem={pythonProblem} {...slots} />, manualClock(T0).clock);
    expect(await screen.findByText(/Loading Python…/)).toBeInTheDocument();
  });

  it('a JavaScript round neither shows it nor loads Python', async () => {
    await resetRound(roundInput());
    dispatchAt({ type: 'begin-coding' }, T0 + 10_000);
    renderWithRouter(
      <RoundPage problem={pythonProblem} {...slots} />,
      manualClock(T0 + 20_000).clock,
    );
    await screen.findByRole('button', { name: 'Run' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/Loading Python…/)).toBeNull();
    expect(client.prepared).toBe(0);
  });
});
