// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentPage } from './assessment-page';
import {
  assessmentInput,
  manualClock,
  MIN,
  problems,
  renderWithRouter,
  resetAssessment,
  slots,
  T0,
} from './assessment-test.fixture';

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
      listener(true); // loading when the page opens (a reload mid-assessment)
      return () => listeners.delete(listener);
    },
    isRunning: () => false,
    stop: () => undefined,
  };
});
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));

const PY = 'def add_two(a, b):\n    pass\n';

beforeEach(() => {
  client.prepared = 0;
  client.listeners.clear();
  vi.stubGlobal('Worker', class {}); // jsdom has none; the app loads Python only where it exists
});
afterEach(() => vi.unstubAllGlobals());

describe('the assessment page while Python loads', () => {
  it('a problem worked in Python says "Loading Python…" (clock running) in a polite status', async () => {
    const input = assessmentInput();
    const [first, second] = input.problems;
    if (!first || !second) throw new Error('fixture has two problems');
    await resetAssessment({ ...input, problems: [{ ...first, language: 'py', code: PY }, second] });
    renderWithRouter(
      <AssessmentPage problems={problems} {...slots} />,
      manualClock(T0 + MIN).clock,
    );
    const text = await screen.findByText(/Loading Python…/);
    expect(text).toHaveTextContent('Loading Python… (the assessment’s clock keeps running)');
    expect(text.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(client.prepared).toBe(1);
    act(() => client.listeners.forEach((l) => l(false)));
    await waitFor(() => expect(screen.queryByText(/Loading Python…/)).toBeNull());
  });

  it('a JavaScript assessment neither shows it nor loads Python', async () => {
    await resetAssessment(assessmentInput());
    renderWithRouter(
      <AssessmentPage problems={problems} {...slots} />,
      manualClock(T0 + MIN).clock,
    );
    await screen.findByRole('button', { name: 'Run' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/Loading Python…/)).toBeNull();
    expect(client.prepared).toBe(0);
  });
});
