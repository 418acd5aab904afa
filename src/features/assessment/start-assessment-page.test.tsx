// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SUBMISSION_RULE } from '../../domain/assessment/assessment-start';
import {
  active,
  manualClock,
  MIN,
  problems,
  renderWithRouter,
  resetAssessment,
  T0,
} from './assessment-test.fixture';
import { useAppStore } from '../../store/app-store';
import { StartAssessmentPage } from './start-assessment-page';

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

const PY_STARTER = vi.hoisted(() => 'def add_two(a, b):\n    pass\n');

vi.mock('../../content/problem-bank', async () => {
  const { problems: fixture } = await import('./assessment-test.fixture');
  // Add Two offers Python; Add More does not (like a problem about JavaScript itself).
  const all = fixture.map((p) =>
    p.slug === 'add-two' ? { ...p, python: { starter: PY_STARTER, solution: '', wrong: [] } } : p,
  );
  return {
    problemSummaries: all.map((p) => ({
      slug: p.slug,
      title: p.title,
      difficulty: p.difficulty,
      tags: p.tags,
      timeLimitMinutes: p.timeLimitMinutes,
    })),
    loadProblem: async (slug: string) => all.find((p) => p.slug === slug),
  };
});

function renderStart() {
  return renderWithRouter(<StartAssessmentPage />, manualClock(T0).clock, '/assessment/new');
}

describe('the start page', () => {
  beforeEach(() => resetAssessment(null));

  it('shows the submission rule, with both strict options off and announced once turned on', async () => {
    const user = userEvent.setup();
    renderStart();
    expect(screen.getByText(SUBMISSION_RULE)).toBeTruthy();
    const paste = screen.getByRole('checkbox', { name: 'Block paste' }) as HTMLInputElement;
    const focus = screen.getByRole('checkbox', { name: 'Count focus loss' }) as HTMLInputElement;
    expect([paste.checked, focus.checked]).toEqual([false, false]);
    expect(screen.queryByText('Paste is blocked')).toBeNull();
    await user.click(paste);
    await user.click(focus);
    expect(screen.getByText('Paste is blocked')).toBeTruthy();
    expect(screen.getByText('Focus loss is counted:')).toBeTruthy();
  });

  it('starts a hand-picked assessment with the chosen options and opens it', async () => {
    const user = userEvent.setup();
    const router = renderStart();
    await user.click(screen.getByRole('radio', { name: 'Pick 2–4 problems' }));
    // Nothing picked yet: Start waits, and the status says what is missing.
    expect(screen.getByRole('button', { name: 'Start assessment' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Add Two/ }));
    expect(screen.getByRole('button', { name: 'Start assessment' })).toBeDisabled();
    expect(screen.getByRole('status').textContent).toMatch(/Pick 2–4 problems \(you picked 1\)/);
    // The search narrows the list; a picked problem stays listed.
    await user.type(screen.getByRole('searchbox', { name: 'Search problems to pick' }), 'more');
    expect(screen.getByRole('checkbox', { name: /Add Two/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Add More/ }));
    expect(screen.getByRole('status').textContent).toBe('2 problems picked.');
    expect(
      (screen.getByRole('spinbutton', { name: 'Duration (minutes)' }) as HTMLInputElement).value,
    ).toBe('30');
    await user.click(screen.getByRole('checkbox', { name: 'Block paste' }));
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));
    await screen.findByRole('heading', { name: 'Assessment page' });
    expect(router.state.location.pathname).toBe('/assessment');
    const a = active();
    expect(a.problems.map((p) => [p.slug, p.code])).toEqual(
      problems.map((p) => [p.slug, p.starter.js]),
    );
    expect(a.options).toEqual({ blockPaste: true, countFocusLoss: false });
    expect(a.deadline - a.startedAt).toBe(30 * MIN);
  });

  it('draws one problem per difficulty for a preset', async () => {
    const user = userEvent.setup();
    renderStart();
    await user.click(screen.getByRole('radio', { name: /60 minutes, 2 problems, easy \+ medium/ }));
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));
    await screen.findByRole('heading', { name: 'Assessment page' });
    expect(
      active()
        .problems.map((p) => p.slug)
        .sort(),
    ).toEqual(['add-more', 'add-two']);
    expect(active().presetId).toBe('60-easy-medium');
  });
});

describe('the start page in Python', () => {
  beforeEach(async () => {
    python.reset();
    await resetAssessment(null);
  });

  it('Python where a problem offers it, JavaScript elsewhere; the clock starts once Python has loaded', async () => {
    const user = userEvent.setup();
    const clock = manualClock(T0);
    const router = renderWithRouter(<StartAssessmentPage />, clock.clock, '/assessment/new');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'py');
    expect(python.state.asked).toBe(1);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveAccessibleDescription(
      /The clock starts once Python has loaded\./,
    );
    await user.click(screen.getByRole('radio', { name: 'Pick 2–4 problems' }));
    await user.click(screen.getByRole('checkbox', { name: /Add Two/ }));
    await user.click(screen.getByRole('checkbox', { name: /Add More/ }));
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').some((s) => s.textContent?.includes('Loading Python…')),
      ).toBe(true),
    );
    expect(screen.getByRole('button', { name: 'Start assessment' })).toBeDisabled();
    expect(useAppStore.getState().activeAssessment).toBeNull();

    clock.advance(3000);
    python.state.load();
    await screen.findByRole('heading', { name: 'Assessment page' });
    expect(router.state.location.pathname).toBe('/assessment');
    const a = active();
    expect(a.startedAt).toBe(T0 + 3000);
    expect(a.problems.map((p) => [p.slug, p.language, p.code])).toEqual([
      ['add-two', 'py', PY_STARTER],
      ['add-more', 'js', problems[1]?.starter.js],
    ]);
  });

  it('a JavaScript assessment neither waits for nor loads Python', async () => {
    const user = userEvent.setup();
    renderStart();
    await user.click(screen.getByRole('radio', { name: 'Pick 2–4 problems' }));
    await user.click(screen.getByRole('checkbox', { name: /Add Two/ }));
    await user.click(screen.getByRole('checkbox', { name: /Add More/ }));
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));
    await screen.findByRole('heading', { name: 'Assessment page' });
    expect(python.state.asked).toBe(0);
    expect(active().problems.map((p) => p.language)).toEqual(['js', 'js']);
  });
});
