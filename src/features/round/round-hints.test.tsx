// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoundHints } from './round-hints';
import {
  activeRound,
  dispatchAt,
  manualClock,
  problem,
  renderWithRouter,
  resetRound,
  roundInput,
  T0,
} from './round-test.fixture';
import { useActiveRound } from './use-round-store';

function LiveHints() {
  const round = useActiveRound();
  return round && <RoundHints round={round} hints={problem.hints} />;
}

async function setup(mode: 'practice' | 'timed') {
  await resetRound(roundInput({ mode }));
  dispatchAt({ type: 'begin-coding' }, T0);
  const clock = manualClock(T0);
  renderWithRouter(<LiveHints />, clock.clock);
  return clock;
}

describe('RoundHints', () => {
  it('reveals hints one at a time in a practice round and records when', async () => {
    const user = userEvent.setup();
    const clock = await setup('practice');
    const region = screen.getByRole('region', { name: /Hints/ });
    expect(region).toHaveTextContent('0 of 2 used');
    expect(within(region).queryByText(problem.hints[0] as string)).not.toBeInTheDocument();

    clock.advance(90_000);
    await user.click(screen.getByRole('button', { name: 'Show hint 1' }));
    expect(within(region).getByText(problem.hints[0] as string)).toBeInTheDocument();
    expect(region).toHaveTextContent('1 of 2 used');
    await user.click(screen.getByRole('button', { name: 'Show hint 2' }));
    expect(activeRound().hintsUsed).toEqual([
      { index: 0, atMs: 90_000 },
      { index: 1, atMs: 90_000 },
    ]);
    expect(screen.queryByRole('button', { name: /Show hint/ })).not.toBeInTheDocument();
  });

  it('offers no hints in a timed round', async () => {
    await setup('timed');
    expect(screen.getByText(/Hints are off in timed rounds/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
