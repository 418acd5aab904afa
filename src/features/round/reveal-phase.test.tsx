// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

beforeEach(async () => {
  client.run.mockResolvedValue({ ...REPORT, mode: 'submit', passed: 4, failed: 0 });
  await resetRound(roundInput());
  dispatchAt({ type: 'begin-coding' }, T0);
  dispatchAt({ type: 'use-hint', index: 0 }, T0 + 60_000);
  dispatchAt(
    { type: 'record-run', run: { mode: 'run', status: 'done', passed: 1, failed: 0 } },
    T0 + 2 * 60_000,
  );
  dispatchAt({ type: 'time-up' }, T0 + 15 * 60_000);
  dispatchAt(
    { type: 'set-estimate', estimate: { time: 'O(log n)', space: 'O(1)', reason: 'a single add' } },
    T0 + 16 * 60_000,
  );
  dispatchAt(
    {
      type: 'reveal',
      result: { passed: 4, failed: 0, status: 'done' },
      reference: problem.complexity,
    },
    T0 + 17 * 60_000,
  );
});
afterEach(() => vi.clearAllMocks());

function renderReveal() {
  renderWithRouter(<RoundPage problem={problem} {...slots} />, manualClock(T0 + 18 * 60_000).clock);
}

describe('reveal phase', () => {
  it('shows the estimate beside the measured code and the reference; inconclusive until measured', () => {
    renderReveal();
    const table = screen.getByRole('table');
    const time = within(table).getByRole('row', { name: /^Time/ });
    expect(
      within(time)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['O(log n)', 'not measured yet', `O(1)${problem.complexity.timeReason}`]);
    const own = screen.getByRole('region', { name: 'Is your estimate right about your code?' });
    expect(own).toHaveTextContent(/Time:\s*Inconclusive: Your code’s growth was not measured/);
    expect(own).toHaveTextContent(/Space: .*Space is not measured/);
    expect(
      screen.getByRole('region', { name: 'Is your code as good as it gets?' }),
    ).toHaveTextContent('Cannot tell yet: Your code’s growth was not measured.');
    expect(screen.getByText('a single add')).toBeInTheDocument();
  });

  it('takes the candidate’s own score where the measurement does not decide', async () => {
    const user = userEvent.setup();
    renderReveal();
    const time = screen.getByRole('group', {
      name: 'Your own score: was your time estimate right about your code?',
    });
    await user.click(within(time).getByRole('radio', { name: 'Wrong' }));
    const space = screen.getByRole('group', {
      name: 'Your own score: was your space estimate right about your code?',
    });
    await user.click(within(space).getByRole('radio', { name: 'Right' }));
    expect(activeRound().reveal?.estimateScore).toEqual({ time: 'wrong', space: 'right' });
    const own = screen.getByRole('region', { name: 'Is your estimate right about your code?' });
    expect(own).toHaveTextContent('Wrong about your code');
    expect(own).toHaveTextContent('Right about your code');
  });

  it('shows tests passed, time used, how it ended, hints and runs', () => {
    renderReveal();
    expect(screen.getByText('4 of 4 tests passed')).toBeInTheDocument();
    const facts = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(facts).toEqual(['15:00 of 15:00', 'Time ran out', '1 of 2', '1']);
  });

  it('shows the reference solution read-only, with its explanation', () => {
    renderReveal();
    const code = screen.getByLabelText('Reference solution code');
    expect(code.tagName).toBe('PRE');
    expect(code).toHaveTextContent('return a + b;');
    expect(screen.getByText(/Return a \+ b; JavaScript numbers add exactly/)).toBeInTheDocument();
  });

  it('records the self-score from the radio group', async () => {
    const user = userEvent.setup();
    renderReveal();
    const group = screen.getByRole('group', { name: 'Your own score: was your solution right?' });
    await user.click(within(group).getByRole('radio', { name: 'Partly' }));
    expect(activeRound().reveal?.selfScore).toBe('partly');
    expect(within(group).getByRole('radio', { name: 'Partly' })).toBeChecked();
  });

  it('after a reload, runs the final code again to show the per-test details', async () => {
    renderReveal();
    await waitFor(() =>
      expect(screen.getByTestId('results')).toHaveTextContent('submit: 4 passed, 0 failed'),
    );
    expect(client.run).toHaveBeenCalledTimes(1);
    expect(client.run).toHaveBeenCalledWith(problem, expect.objectContaining({ mode: 'submit' }));
    // The stored verdict is not re-judged by the re-run.
    expect(activeRound().reveal?.passed).toBe(4);
  });

  it('"Continue to recap" moves on', async () => {
    const user = userEvent.setup();
    renderReveal();
    await user.click(screen.getByRole('button', { name: 'Continue to recap' }));
    expect(activeRound().phase).toBe('recap');
    expect(screen.getByRole('heading', { level: 1, name: 'Recap' })).toBeInTheDocument();
  });

  it('says the measurement is coming until it ends; a cancelled one leaves the verdict inconclusive', async () => {
    const user = userEvent.setup();
    let report: ((running: boolean) => void) | undefined;
    const withGrowth = {
      ...slots,
      renderGrowth: ({
        onRunningChange,
      }: Parameters<NonNullable<typeof slots.renderGrowth>>[0]) => {
        report = onRunningChange;
        return <p>growth panel</p>;
      },
    };
    renderWithRouter(
      <RoundPage problem={problem} {...withGrowth} />,
      manualClock(T0 + 18 * 60_000).clock,
    );
    const own = screen.getByRole('region', { name: 'Is your estimate right about your code?' });
    const optimal = screen.getByRole('region', { name: 'Is your code as good as it gets?' });
    const time = within(screen.getByRole('table')).getByRole('row', { name: /^Time/ });
    // Before it starts (the tests run first) and while it runs: coming, not "not measured".
    for (const running of [undefined, true]) {
      if (running !== undefined) act(() => report?.(running));
      expect(own).toHaveTextContent(/Time:\s*Measuring your code’s growth…/);
      expect(own).not.toHaveTextContent('Inconclusive');
      expect(optimal).toHaveTextContent('Measuring your code’s growth…');
      expect(time).toHaveTextContent('measuring…');
      expect(
        screen.queryByRole('group', {
          name: 'Your own score: was your time estimate right about your code?',
        }),
      ).not.toBeInTheDocument();
    }
    // Cancelled: nothing measured, so the candidate's own score decides.
    act(() => report?.(false));
    expect(own).toHaveTextContent(/Time:\s*Inconclusive: Your code’s growth was not measured/);
    expect(optimal).toHaveTextContent('Cannot tell yet: Your code’s growth was not measured.');
    await user.click(
      within(
        screen.getByRole('group', {
          name: 'Your own score: was your time estimate right about your code?',
        }),
      ).getByRole('radio', { name: 'Right' }),
    );
    expect(own).toHaveTextContent(/Time:\s*Right about your code/);
  });

  it('measures the final code by itself once the tests ran, saves it and judges the estimate by it', async () => {
    const user = userEvent.setup();
    const measured = {
      best: 'n',
      confidence: 0.8,
      points: [{ n: 100, ms: 0.1 }],
      referenceBest: '1',
      atMs: 1,
    };
    const withGrowth = {
      ...slots,
      renderGrowth: ({
        code,
        autoStart,
        onMeasured,
      }: Parameters<NonNullable<typeof slots.renderGrowth>>[0]) => (
        <button
          type="button"
          data-code={code}
          data-auto={String(autoStart)}
          onClick={() => onMeasured?.(measured)}
        >
          fake measure
        </button>
      ),
    };
    renderWithRouter(
      <RoundPage problem={problem} {...withGrowth} />,
      manualClock(T0 + 18 * 60_000).clock,
    );
    const measure = screen.getByRole('button', { name: 'fake measure' });
    expect(measure).toHaveAttribute('data-code', activeRound().code);
    // Not beside the re-run of the tests (the timings would suffer), but right after it.
    await waitFor(() => expect(screen.getByTestId('results')).toHaveTextContent('4 passed'));
    await waitFor(() => expect(measure).toHaveAttribute('data-auto', 'true'));
    await user.click(measure);
    expect(activeRound().growth).toEqual(measured);
    expect(measure).toHaveAttribute('data-auto', 'false');
    const time = within(screen.getByRole('table')).getByRole('row', { name: /^Time/ });
    expect(time).toHaveTextContent('O(n), likely');
    // Estimated O(log n), measured O(n): one class off about the code; O(n) against O(1) is slower.
    const own = screen.getByRole('region', { name: 'Is your estimate right about your code?' });
    expect(own).toHaveTextContent(
      /Time:\s*One class off about your code\s*measured O\(n\), 80 % confidence/,
    );
    expect(
      screen.queryByRole('group', {
        name: 'Your own score: was your time estimate right about your code?',
      }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Is your code as good as it gets?' }),
    ).toHaveTextContent(
      `Slower than optimal Your code O(n) against the reference’s O(1).Reference: ${problem.complexity.timeReason}`,
    );
  });
});
