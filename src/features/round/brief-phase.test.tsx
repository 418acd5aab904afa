// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RoundPage } from './round-page';
import {
  activeRound,
  manualClock,
  problem,
  renderWithRouter,
  resetRound,
  roundInput,
  slots,
} from './round-test.fixture';

beforeEach(() => resetRound(roundInput()));

function renderBrief() {
  const clock = manualClock();
  renderWithRouter(<RoundPage problem={problem} {...slots} />, clock.clock);
  return clock;
}

describe('brief phase', () => {
  it('shows the statement, the running clock and the rule for which code counts', () => {
    const clock = renderBrief();
    expect(screen.getByRole('heading', { level: 1, name: 'Add Two' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Brief' })).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Round phases' }).querySelector('[aria-current="step"]'),
    ).toHaveTextContent('Brief');
    expect(
      screen.getByText(/the code in the editor at that moment is what counts/),
    ).toBeInTheDocument();
    clock.advance(30_000);
    expect(screen.getByTestId('clock')).toHaveTextContent('14:30');
    // No editor and no "I'm done" before coding starts.
    expect(screen.queryByRole('textbox', { name: 'Code editor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "I'm done" })).not.toBeInTheDocument();
  });

  it('asks the clarify question; the answer lands in the notes with its round time', async () => {
    const user = userEvent.setup();
    const clock = renderBrief();
    const nudge = screen.getByRole('region', {
      name: /Which questions would you ask the interviewer/,
    });
    clock.advance(65_000);
    await user.type(
      within(nudge).getByRole('textbox', { name: 'Your answer' }),
      'Can the numbers be negative?',
    );
    await user.click(within(nudge).getByRole('button', { name: 'Add to notes' }));

    expect(activeRound().notes).toEqual([
      expect.objectContaining({
        text: 'Can the numbers be negative?',
        atMs: 65_000,
        phase: 'brief',
        prompt: expect.stringMatching(/^Which questions/),
      }),
    ]);
    expect(activeRound().promptsShown).toContain('clarify');
    const notes = screen.getByRole('list', { name: 'Notes so far' });
    expect(notes).toHaveTextContent('01:05');
    expect(notes).toHaveTextContent('Can the numbers be negative?');
    expect(
      screen.queryByRole('region', { name: /Which questions would you ask/ }),
    ).not.toBeInTheDocument();
  });

  it('shows what the interviewer would answer, on request', async () => {
    const user = userEvent.setup();
    renderBrief();
    await user.click(screen.getByText('What the interviewer would answer'));
    expect(screen.getByText('Can the numbers be negative?')).toBeVisible();
    expect(screen.getByText('Yes.')).toBeVisible();
  });

  it('"Start coding" moves to the code phase with the round’s starter code', async () => {
    const user = userEvent.setup();
    renderBrief();
    await user.click(screen.getByRole('button', { name: 'Start coding' }));
    expect(activeRound().phase).toBe('code');
    expect(screen.getByRole('textbox', { name: 'Code editor' })).toHaveValue(problem.starter.js);
    expect(screen.getByRole('button', { name: "I'm done" })).toBeInTheDocument();
  });
});
