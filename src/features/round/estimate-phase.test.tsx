// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunReport } from '../../runner/run-report';
import { RoundPage } from './round-page';
import {
  activeRound,
  dispatchAt,
  manualClock,
  problem,
  renderWithRouter,
  REPORT,
  resetRound,
  roundInput,
  slots,
  T0,
} from './round-test.fixture';

const client = vi.hoisted(() => ({ run: vi.fn(), stop: vi.fn(), isRunning: vi.fn(() => false) }));
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));

const reveal = () => screen.getByRole('button', { name: 'Reveal results' });
const timeSelect = () => screen.getByRole('combobox', { name: 'Time complexity' });
const spaceSelect = () => screen.getByRole('combobox', { name: 'Space complexity' });

function renderPage() {
  return renderWithRouter(
    <RoundPage problem={problem} {...slots} />,
    manualClock(T0 + 5 * 60_000).clock,
  );
}

beforeEach(async () => {
  await resetRound(roundInput());
  dispatchAt({ type: 'begin-coding' }, T0);
  dispatchAt(
    { type: 'update-code', code: 'function addTwo(a, b) { return a + b; }', language: 'js' },
    T0 + 60_000,
  );
  dispatchAt({ type: 'finish' }, T0 + 4 * 60_000);
});
afterEach(() => vi.clearAllMocks());

describe('estimate phase', () => {
  it('shows the locked final code and how coding ended', () => {
    renderPage();
    expect(screen.getByRole('textbox', { name: 'Code editor' })).toHaveValue(
      'function addTwo(a, b) { return a + b; }',
    );
    expect(screen.getByRole('textbox', { name: 'Code editor' })).toHaveAttribute('readonly');
    expect(screen.getByText(/You finished with 11:00 left/)).toBeInTheDocument();
  });

  it('keeps "Reveal results" disabled until both estimates are given', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(reveal()).toBeDisabled();
    expect(
      screen
        .getAllByRole('option', { name: /^O\(/ })
        .map((o) => o.textContent)
        .slice(0, 8),
    ).toEqual(['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n³)', 'O(2ⁿ)', 'O(n!)']);
    await user.selectOptions(timeSelect(), 'O(1)');
    expect(reveal()).toBeDisabled();
    await user.selectOptions(spaceSelect(), 'other');
    expect(reveal()).toBeDisabled();
    await user.type(
      screen.getByRole('textbox', { name: 'Space complexity, written out' }),
      'O(n·m)',
    );
    expect(reveal()).toBeEnabled();
    await user.type(screen.getByRole('textbox', { name: 'Why? A short reason' }), 'One addition');
    expect(activeRound().estimate).toEqual({
      time: 'O(1)',
      space: 'O(n·m)',
      reason: 'One addition',
    });
    await user.clear(screen.getByRole('textbox', { name: 'Space complexity, written out' }));
    expect(reveal()).toBeDisabled();
  });

  it('restores the estimates from the store (after a reload)', () => {
    dispatchAt(
      {
        type: 'set-estimate',
        estimate: { time: 'O(n log n)', space: 'O(V + E)', reason: 'sort first' },
      },
      T0 + 5 * 60_000,
    );
    renderPage();
    expect(timeSelect()).toHaveValue('O(n log n)');
    expect(spaceSelect()).toHaveValue('other');
    expect(screen.getByRole('textbox', { name: 'Space complexity, written out' })).toHaveValue(
      'O(V + E)',
    );
    expect(screen.getByRole('textbox', { name: 'Why? A short reason' })).toHaveValue('sort first');
    expect(reveal()).toBeEnabled();
  });

  it('"Reveal results" runs every test on the final code, then reveals with the verdicts', async () => {
    let finish: (r: RunReport) => void = () => {};
    client.run.mockReturnValueOnce(new Promise<RunReport>((resolve) => (finish = resolve)));
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(timeSelect(), 'O(1)');
    await user.selectOptions(spaceSelect(), 'O(log n)');
    await user.click(reveal());
    expect(client.run).toHaveBeenCalledWith(problem, {
      mode: 'submit',
      code: 'function addTwo(a, b) { return a + b; }',
      language: 'js',
    });
    expect(reveal()).toBeDisabled();
    expect(screen.getByText(/Running every test, hidden ones included/)).toBeInTheDocument();
    await act(async () => finish({ ...REPORT, mode: 'submit', passed: 3, failed: 1 }));
    expect(activeRound().phase).toBe('reveal');
    expect(activeRound().reveal).toEqual({
      passed: 3,
      failed: 1,
      status: 'done',
      reference: {
        time: problem.complexity.time,
        space: problem.complexity.space,
        timeReason: problem.complexity.timeReason,
        spaceReason: problem.complexity.spaceReason,
      },
    });
    expect(screen.getByTestId('results')).toHaveTextContent('submit: 3 passed, 1 failed');
    // The details come from this run: no second run after the reveal.
    expect(client.run).toHaveBeenCalledTimes(1);
  });
});
