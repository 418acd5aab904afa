// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { roundRecords } from '../../store/round-records';
import { roundScope, runResults } from '../../store/run-results';
import { useAppStore } from '../../store/app-store';
import { RoundPage } from './round-page';
import {
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

let id = 0;
beforeEach(async () => {
  client.run.mockResolvedValue(REPORT);
  id += 1;
  await resetRound(roundInput({ id: `recap-${id}` }));
  dispatchAt({ type: 'begin-coding' }, T0);
  dispatchAt({ type: 'finish' }, T0 + 60_000);
  dispatchAt(
    { type: 'set-estimate', estimate: { time: 'O(1)', space: 'O(1)', reason: '' } },
    T0 + 60_000,
  );
  dispatchAt(
    {
      type: 'reveal',
      result: { passed: 1, failed: 0, status: 'done' },
      reference: problem.complexity,
    },
    T0 + 70_000,
  );
  dispatchAt({ type: 'to-recap' }, T0 + 80_000);
});

function renderRecap() {
  return renderWithRouter(
    <RoundPage problem={problem} {...slots} />,
    manualClock(T0 + 90_000).clock,
  );
}

describe('recap phase', () => {
  it('asks the three questions and a 1–5 feeling scale; Save recap waits for the feeling', async () => {
    const user = userEvent.setup();
    renderRecap();
    for (const name of [
      'What went well?',
      'What could have gone better?',
      'What will you do to prepare for the next one?',
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
    const scale = screen.getByRole('group', { name: 'How do you feel after this round?' });
    expect(scale.querySelectorAll('input[type="radio"]')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Save recap' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: '4 · Good' }));
    expect(screen.getByRole('button', { name: 'Save recap' })).toBeEnabled();
  });

  it('offers a soft landing that depends on the feeling', async () => {
    const user = userEvent.setup();
    renderRecap();
    const landing = screen.getByText((_, el) => el?.classList.contains('soft-landing') ?? false);
    expect(landing).toHaveTextContent('');
    await user.click(screen.getByRole('radio', { name: '1 · Rough' }));
    expect(landing).toHaveTextContent(/Step away for ten minutes/);
    await user.click(screen.getByRole('radio', { name: '5 · Great' }));
    expect(landing).toHaveTextContent(/Nice work/);
    expect(landing).not.toHaveTextContent(/Step away/);
  });

  it('"Save recap" saves the round to the records, opens the past rounds and clears it', async () => {
    const user = userEvent.setup();
    const router = renderRecap();
    await user.type(screen.getByRole('textbox', { name: 'What went well?' }), 'Clarified first');
    await user.type(
      screen.getByRole('textbox', { name: 'What could have gone better?' }),
      'Slow start',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'What will you do to prepare for the next one?' }),
      'Two easy warm-ups',
    );
    await user.click(screen.getByRole('radio', { name: '2 · Shaky' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Anything else about how it felt? (optional)' }),
      'nervous',
    );
    await user.click(screen.getByRole('button', { name: 'Save recap' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/rounds'));
    expect(router.state.location.state).toEqual({ savedRoundId: `recap-${id}` });
    expect(useAppStore.getState().activeRound).toBeNull();
    const { rounds } = await roundRecords().list();
    const saved = rounds.find((r) => r.id === `recap-${id}`);
    expect(saved).toMatchObject({
      phase: 'saved',
      savedAt: T0 + 90_000,
      recap: {
        wentWell: 'Clarified first',
        toImprove: 'Slow start',
        nextStep: 'Two easy warm-ups',
        feeling: 2,
        feelingNote: 'nervous',
      },
    });
  });

  it('"Save recap" drops the Run kept for a reload mid-round, once the record is written', async () => {
    await runResults().save(roundScope(`recap-${id}`), REPORT);
    const user = userEvent.setup();
    const router = renderRecap();
    for (const name of [
      'What went well?',
      'What could have gone better?',
      'What will you do to prepare for the next one?',
    ])
      await user.type(screen.getByRole('textbox', { name }), 'x');
    await user.click(screen.getByRole('radio', { name: '2 · Shaky' }));
    await user.click(screen.getByRole('button', { name: 'Save recap' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/rounds'));
    expect(await runResults().load(roundScope(`recap-${id}`))).toEqual({
      ok: true,
      report: undefined,
    });
  });

  it('keeps the round and offers to try again when the records cannot be written', async () => {
    const spy = vi.spyOn(roundRecords(), 'save').mockRejectedValueOnce(new Error('quota exceeded'));
    const user = userEvent.setup();
    const router = renderRecap();
    await user.click(screen.getByRole('radio', { name: '3 · Okay' }));
    await user.click(screen.getByRole('button', { name: 'Save recap' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('quota exceeded');
    expect(useAppStore.getState().activeRound?.phase).toBe('saved');
    expect(router.state.location.pathname).toBe('/round');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rounds'));
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
