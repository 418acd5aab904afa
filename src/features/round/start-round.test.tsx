// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../store/app-store';
import { roundRecords } from '../../store/round-records';
import {
  activeRound,
  manualClock,
  MIN,
  problem,
  renderWithRouter,
  resetRound,
  roundInput,
  T0,
} from './round-test.fixture';
import { StartRoundButton } from './start-round-button';

/** Python's runtime, loaded when the test says so. */
const python = vi.hoisted(() => {
  const state = { asked: 0, load: () => undefined as void, ready: Promise.resolve() };
  const reset = () => {
    state.asked = 0;
    state.ready = new Promise<void>((resolve) => (state.load = resolve));
  };
  return { state, reset };
});

vi.mock('../../components/python-loading', () => ({
  preparePython: () => {
    python.state.asked += 1;
    return python.state.ready;
  },
}));

vi.mock('../../content/problem-bank', () => ({
  getSummary: (slug: string) => (slug === 'other-problem' ? { title: 'Other Problem' } : undefined),
}));

const pythonProblem = {
  ...problem,
  python: {
    starter: 'def add_two(a, b):\n    pass\n',
    solution: 'def add_two(a, b):\n    return a + b\n',
  },
};

function renderButton(withPython = false) {
  const clock = manualClock(T0 + 60 * MIN);
  const router = renderWithRouter(
    <StartRoundButton problem={withPython ? pythonProblem : problem} />,
    clock.clock,
    '/problems/add-two',
  );
  return { router, clock };
}

const dialog = () => screen.getByRole('dialog');

describe('Start round', () => {
  beforeEach(() => resetRound(null));

  it('opens a dialog with Practice, the suggested duration and the language, focus inside', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    expect(dialog()).toHaveAccessibleName('Start a round: Add Two');
    expect(within(dialog()).getByRole('radio', { name: /Practice/ })).toBeChecked();
    expect(within(dialog()).getByRole('radio', { name: /Practice/ })).toHaveFocus();
    expect(within(dialog()).getByRole('radio', { name: /Timed/ })).toHaveAccessibleDescription(
      'Strict, like the real thing: no pause, no hints.',
    );
    expect(within(dialog()).getByRole('spinbutton', { name: 'Duration (minutes)' })).toHaveValue(
      15,
    );
    expect(within(dialog()).getByRole('combobox', { name: 'Language' })).toHaveValue('js');
  });

  it('starts a timed round with the chosen duration and the starter code, then opens it', async () => {
    useAppStore.getState().setDraft('add-two', 'ts', 'my draft');
    const user = userEvent.setup();
    const { router } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    await user.click(within(dialog()).getByRole('radio', { name: /Timed/ }));
    const minutes = within(dialog()).getByRole('spinbutton', { name: 'Duration (minutes)' });
    await user.clear(minutes);
    await user.type(minutes, '25');
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Language' }), 'ts');
    await user.click(within(dialog()).getByRole('button', { name: 'Start round' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/round'));
    expect(activeRound()).toMatchObject({
      problemSlug: 'add-two',
      mode: 'timed',
      durationMs: 25 * MIN,
      startedAt: T0 + 60 * MIN,
      deadline: T0 + 85 * MIN,
      language: 'ts',
      code: problem.starter.ts,
      phase: 'brief',
    });
  });

  it('refuses a duration that is not a whole number of minutes', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    const minutes = within(dialog()).getByRole('spinbutton', { name: 'Duration (minutes)' });
    await user.clear(minutes);
    expect(within(dialog()).getByRole('button', { name: 'Start round' })).toBeDisabled();
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription('Enter a whole number of minutes from 1 to 180.');
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    const first = within(dialog()).getByRole('radio', { name: /Practice/ });
    const last = within(dialog()).getByRole('button', { name: 'Start round' });
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab();
    expect(within(dialog()).getByRole('spinbutton', { name: 'Duration (minutes)' })).toHaveFocus();
  });

  it('Cancel and Escape close the dialog and return focus to the button', async () => {
    const user = userEvent.setup();
    renderButton();
    const open = screen.getByRole('button', { name: 'Start round' });
    await user.click(open);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    await user.click(open);
    await screen.findByRole('dialog');
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().activeRound).toBeNull();
  });
});

describe('Start round in Python', () => {
  beforeEach(async () => {
    python.reset();
    await resetRound(null);
  });

  it('picking Python starts loading it; the round and its clock start only once Python is ready', async () => {
    const user = userEvent.setup();
    const { router, clock } = renderButton(true);
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Language' }), 'py');
    expect(python.state.asked).toBe(1);
    expect(
      within(dialog()).getByRole('spinbutton', { name: 'Duration (minutes)' }),
    ).toHaveAccessibleDescription(/In Python it starts once Python has loaded\./);
    await user.click(within(dialog()).getByRole('button', { name: 'Start round' }));
    const status = within(dialog()).getByRole('status');
    expect(status).toHaveTextContent('Loading Python… The clock starts once it is ready.');
    expect(useAppStore.getState().activeRound).toBeNull();
    // A second press while Python loads does not start a second round.
    await user.click(within(dialog()).getByRole('button', { name: 'Start round' }));

    clock.advance(3000); // Python takes three seconds to load
    python.state.load();
    await waitFor(() => expect(router.state.location.pathname).toBe('/round'));
    expect(activeRound()).toMatchObject({
      language: 'py',
      code: pythonProblem.python.starter,
      startedAt: T0 + 60 * MIN + 3000,
      deadline: T0 + 60 * MIN + 3000 + 15 * MIN,
    });
  });

  it('Cancel while Python loads starts no round', async () => {
    const user = userEvent.setup();
    const { router } = renderButton(true);
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Language' }), 'py');
    await user.click(within(dialog()).getByRole('button', { name: 'Start round' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    python.state.load();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(useAppStore.getState().activeRound).toBeNull();
    expect(router.state.location.pathname).toBe('/problems/add-two');
  });

  it('a JavaScript round does not wait for (or load) Python', async () => {
    const user = userEvent.setup();
    const { router } = renderButton(true);
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    await user.click(within(dialog()).getByRole('button', { name: 'Start round' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/round'));
    expect(python.state.asked).toBe(0);
    expect(activeRound()).toMatchObject({ language: 'js', startedAt: T0 + 60 * MIN });
  });
});

describe('Start round while another round is active', () => {
  beforeEach(() => resetRound(roundInput({ id: 'busy-round', problemSlug: 'other-problem' })));

  it('offers to go back to it', async () => {
    const user = userEvent.setup();
    const { router } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    expect(dialog()).toHaveAccessibleName('A round is in progress');
    expect(dialog()).toHaveTextContent('Your round on “Other Problem” is in the Brief phase.');
    await user.click(within(dialog()).getByRole('button', { name: 'Go back to it' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/round'));
    expect(activeRound().id).toBe('busy-round');
  });

  it('abandoning keeps it in the records with abandonedAt, then shows the start form', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Start round' }));
    await screen.findByRole('dialog');
    await user.click(within(dialog()).getByRole('button', { name: 'Abandon it' }));
    expect(
      await screen.findByRole('dialog', { name: 'Start a round: Add Two' }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().activeRound).toBeNull();
    const { rounds } = await roundRecords().list();
    expect(rounds.find((r) => r.id === 'busy-round')).toMatchObject({
      abandonedAt: T0 + 60 * MIN,
      phase: 'brief',
    });
  });
});
