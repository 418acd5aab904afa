// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PromptNudges } from './prompt-nudges';
import {
  activeRound,
  dispatchAt,
  manualClock,
  MIN,
  renderWithRouter,
  resetRound,
  roundInput,
  T0,
} from './round-test.fixture';
import { useActiveRound } from './use-round-store';

function LiveNudges() {
  const round = useActiveRound();
  return round && <PromptNudges round={round} />;
}

const nudge = () => screen.queryByRole('region');

beforeEach(async () => {
  // 20 minutes: the brute-force prompt is due at 15 % (3 minutes), edge cases at 40 % (8 minutes).
  await resetRound(roundInput({ durationMs: 20 * MIN }));
  dispatchAt({ type: 'begin-coding' }, T0);
});

describe('PromptNudges', () => {
  it('nudges one prompt at a time and announces it politely', () => {
    renderWithRouter(<LiveNudges />, manualClock().clock);
    expect(nudge()).toHaveAccessibleName('State your approach before you type.');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Interviewer nudge: State your approach before you type.',
    );
  });

  it('dismissing marks the prompt shown; the next one waits for its moment', async () => {
    const user = userEvent.setup();
    const clock = manualClock();
    renderWithRouter(<LiveNudges />, clock.clock);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(activeRound().promptsShown).toEqual(['approach']);
    expect(activeRound().notes).toEqual([]);
    expect(nudge()).not.toBeInTheDocument();

    clock.advance(3 * MIN);
    expect(nudge()).toHaveAccessibleName('What is the brute force, and why is it not enough?');
  });

  it('an answer becomes a note that names the prompt, stamped with the round time', async () => {
    const user = userEvent.setup();
    const clock = manualClock();
    renderWithRouter(<LiveNudges />, clock.clock);
    clock.advance(45_000);
    const region = nudge() as HTMLElement;
    expect(within(region).getByRole('button', { name: 'Add to notes' })).toBeDisabled();
    await user.type(
      within(region).getByRole('textbox', { name: 'Your answer' }),
      'One pass with a map',
    );
    await user.click(within(region).getByRole('button', { name: 'Add to notes' }));
    expect(activeRound().notes).toEqual([
      expect.objectContaining({
        text: 'One pass with a map',
        prompt: 'State your approach before you type.',
        atMs: 45_000,
      }),
    ]);
    expect(activeRound().promptsShown).toEqual(['approach']);
  });
});
