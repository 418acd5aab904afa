// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClockProvider } from './clock-context';
import { RoundTimer } from './round-timer';
import {
  activeRound,
  dispatchAt,
  manualClock,
  MIN,
  resetRound,
  roundInput,
  T0,
} from './round-test.fixture';
import { useActiveRound } from './use-round-store';

function LiveTimer() {
  const round = useActiveRound();
  return round && <RoundTimer round={round} />;
}

function renderTimer(clock = manualClock()) {
  render(
    <ClockProvider clock={clock.clock}>
      <LiveTimer />
    </ClockProvider>,
  );
  return clock;
}

const timer = () => screen.getByRole('timer', { name: 'Time left' });
const live = () => screen.getByRole('status');

beforeEach(async () => {
  await resetRound(roundInput({ durationMs: 7 * MIN }));
  dispatchAt({ type: 'begin-coding' }, T0);
});

describe('RoundTimer', () => {
  it('shows the time left as mm:ss in a timer that does not announce each second', () => {
    const clock = renderTimer();
    expect(timer()).toHaveAttribute('aria-live', 'off');
    expect(screen.getByTestId('clock')).toHaveTextContent('07:00');
    expect(timer()).toHaveTextContent('7 minutes left');
    clock.advance(61_500);
    expect(screen.getByTestId('clock')).toHaveTextContent('05:59');
    expect(live()).toHaveTextContent('');
  });

  it('announces the 5- and 1-minute warnings once, and shows them', () => {
    const clock = renderTimer();
    clock.advance(2 * MIN);
    expect(live()).toHaveTextContent('5 minutes left.');
    expect(screen.getByText('Under 5 minutes')).toBeInTheDocument();
    clock.advance(4 * MIN + 30_000);
    expect(screen.getByTestId('clock')).toHaveTextContent('00:30');
    expect(live()).toHaveTextContent('1 minute left.');
    expect(screen.getByText('Under 1 minute')).toBeInTheDocument();
    expect(screen.queryByText('Under 5 minutes')).not.toBeInTheDocument();
  });

  it('does not announce a warning already passed when it mounts (a reload)', () => {
    renderTimer(manualClock(T0 + 6 * MIN));
    expect(screen.getByTestId('clock')).toHaveTextContent('01:00');
    expect(live()).toHaveTextContent('');
    expect(screen.getByText('Under 1 minute')).toBeInTheDocument();
  });

  it('ends the round when the deadline passes, and announces it', () => {
    const clock = renderTimer();
    clock.advance(7 * MIN - 1000);
    expect(activeRound().phase).toBe('code');
    clock.advance(1000);
    expect(activeRound()).toMatchObject({ phase: 'estimate', endReason: 'time-up' });
    expect(live()).toHaveTextContent('Time is up. Coding is over and your code is locked.');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText('Time used').nextElementSibling).toHaveTextContent('07:00 of 07:00');
  });

  it('ends a round whose deadline passed while the page was closed, on load', () => {
    renderTimer(manualClock(T0 + 30 * MIN));
    expect(activeRound()).toMatchObject({ phase: 'estimate', endReason: 'time-up' });
    // It ends late, but cannot have used more time than it had.
    expect(screen.getByText('Time used').nextElementSibling).toHaveTextContent('07:00 of 07:00');
  });

  it('stops counting while a practice round is paused', () => {
    const clock = renderTimer();
    clock.advance(MIN);
    dispatchAt({ type: 'pause' }, clock.now());
    clock.advance(10 * MIN);
    expect(screen.getByTestId('clock')).toHaveTextContent('06:00');
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(activeRound().phase).toBe('code');
  });
});
