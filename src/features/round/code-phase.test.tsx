// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunReport } from '../../runner/run-report';
import { useAppStore } from '../../store/app-store';
import { RoundPage } from './round-page';
import {
  activeRound,
  dispatchAt,
  manualClock,
  MIN,
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

async function codeRound(mode: 'practice' | 'timed' = 'practice') {
  await resetRound(roundInput({ mode }));
  dispatchAt({ type: 'begin-coding' }, T0 + 10_000);
  const clock = manualClock(T0 + 10_000);
  renderWithRouter(<RoundPage problem={problem} {...slots} />, clock.clock);
  return clock;
}

const editor = () => screen.getByRole('textbox', { name: 'Code editor' });

beforeEach(() => {
  act(() => useAppStore.getState().setDraft('add-two', 'js', 'the problem page draft'));
});
afterEach(() => vi.clearAllMocks());

describe('code phase', () => {
  it('edits the round’s own code, never the problem page draft', async () => {
    const user = userEvent.setup();
    await codeRound();
    expect(editor()).toHaveValue(problem.starter.js);
    await user.clear(editor());
    await user.type(editor(), 'const x = 1;');
    expect(activeRound().code).toBe('const x = 1;');
    expect(useAppStore.getState().drafts['add-two:js']).toBe('the problem page draft');
  });

  it('runs the visible tests on the round code and records every run', async () => {
    let finish: (r: RunReport) => void = () => {};
    client.run.mockReturnValueOnce(new Promise<RunReport>((resolve) => (finish = resolve)));
    const user = userEvent.setup();
    const clock = await codeRound();
    clock.advance(MIN);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(client.run).toHaveBeenCalledWith(problem, {
      mode: 'run',
      code: problem.starter.js,
      language: 'js',
    });
    expect(screen.getByTestId('results')).toHaveTextContent('running');
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    await act(async () => finish({ ...REPORT, passed: 2, failed: 1 }));
    expect(screen.getByTestId('results')).toHaveTextContent('run: 2 passed, 1 failed');
    expect(activeRound().runs).toEqual([
      { atMs: 70_000, mode: 'run', status: 'done', passed: 2, failed: 1 },
    ]);
    expect(screen.getByText('1 run so far')).toBeInTheDocument();

    client.run.mockResolvedValueOnce(REPORT);
    await user.click(screen.getByRole('button', { name: 'editor shortcut' }));
    expect(activeRound().runs).toHaveLength(2);
  });

  it('shows the last Run’s results again after a reload mid-round', async () => {
    client.run.mockResolvedValueOnce({ ...REPORT, passed: 1, failed: 2 });
    const user = userEvent.setup();
    await resetRound(roundInput({ id: 'round-reloaded' }));
    dispatchAt({ type: 'begin-coding' }, T0 + 10_000);
    renderWithRouter(<RoundPage problem={problem} {...slots} />, manualClock(T0 + 10_000).clock);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByTestId('results')).toHaveTextContent('run: 1 passed, 2 failed');
    // The reload: the page mounts again with the round restored from storage.
    cleanup();
    renderWithRouter(<RoundPage problem={problem} {...slots} />, manualClock(T0 + 20_000).clock);
    await waitFor(() =>
      expect(screen.getByTestId('results')).toHaveTextContent('run: 1 passed, 2 failed'),
    );
    expect(client.run).toHaveBeenCalledTimes(1);
  });

  it('shows a client failure as a crashed run instead of losing it', async () => {
    client.run.mockRejectedValueOnce(new Error('worker failed to start'));
    const user = userEvent.setup();
    await codeRound();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(activeRound().runs[0]).toMatchObject({ status: 'crashed', passed: 0, failed: 0 });
  });

  it('"I\'m done" locks the code as it is and moves to the estimate', async () => {
    const user = userEvent.setup();
    await codeRound();
    await user.type(editor(), '// final');
    // It asks first: Cancel (focused, the safe choice) keeps coding.
    await user.click(screen.getByRole('button', { name: "I'm done" }));
    const confirm = screen.getByRole('alertdialog', { name: 'End coding now?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(activeRound().phase).toBe('code');
    await user.click(screen.getByRole('button', { name: "I'm done" }));
    await user.click(screen.getByRole('button', { name: "Yes, I'm done" }));
    expect(activeRound()).toMatchObject({ phase: 'estimate', endReason: 'done' });
    expect(activeRound().code).toBe(`${problem.starter.js}// final`);
    expect(editor()).toHaveAttribute('readonly');
    expect(editor()).toHaveValue(`${problem.starter.js}// final`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Estimate the complexity' }),
    ).toBeInTheDocument();
  });

  it('pausing a practice round stops the clock, locks the editor and disables Run', async () => {
    const user = userEvent.setup();
    const clock = await codeRound();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    clock.advance(5 * MIN);
    expect(screen.getByTestId('clock')).toHaveTextContent('14:50');
    expect(editor()).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(editor()).not.toHaveAttribute('readonly');
    clock.advance(MIN);
    expect(screen.getByTestId('clock')).toHaveTextContent('13:50');
  });

  it('a timed round has no Pause and no hints', async () => {
    await codeRound('timed');
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).getByText(/Hints are off in timed rounds/)).toBeInTheDocument();
    expect(within(hints).queryByRole('button')).not.toBeInTheDocument();
  });

  it('at the deadline the editor locks and the round moves to the estimate', async () => {
    const clock = await codeRound();
    clock.advance(15 * MIN - 10_000);
    expect(activeRound()).toMatchObject({ phase: 'estimate', endReason: 'time-up' });
    expect(editor()).toHaveAttribute('readonly');
    expect(screen.getByText(/Time ran out/)).toBeInTheDocument();
  });
});
