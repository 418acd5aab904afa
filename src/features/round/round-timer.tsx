import { useEffect, useId, useState } from 'react';
import {
  crossedWarnings,
  describeRemaining,
  formatClock,
  formatElapsed,
  isTimeUp,
  remainingMs,
} from '../../domain/round/round-timer';
import type { Round } from '../../domain/round/round.schema';
import { useNow } from './clock-context';
import { PHASE_ANNOUNCEMENT, timeUsedMs } from './round-format';
import { useRoundDispatch } from './use-round-store';

type TimerRound = Pick<
  Round,
  | 'phase'
  | 'durationMs'
  | 'abandonedAt'
  | 'deadline'
  | 'pausedAt'
  | 'pausedTotalMs'
  | 'startedAt'
  | 'endedAt'
  | 'endReason'
>;

const RUNNING: readonly Round['phase'][] = ['brief', 'code'];

function warningText(thresholdMs: number): string {
  const minutes = thresholdMs / 60_000;
  return `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
}

function phaseText(round: TimerRound): string {
  if (round.phase === 'estimate' && round.endReason === 'time-up')
    return `Time is up. ${PHASE_ANNOUNCEMENT.estimate}`;
  return PHASE_ANNOUNCEMENT[round.phase];
}

/**
 * The countdown (role="timer": screen readers read it on demand and do not announce each second)
 * plus one polite live region that announces the 5- and 1-minute warnings and phase changes.
 * It also ends the round when the deadline passes: checked on every tick and on load.
 */
export function RoundTimer({ round }: { round: TimerRound }) {
  const now = useNow();
  const dispatch = useRoundDispatch();
  const labelId = useId();
  const running = RUNNING.includes(round.phase);
  const left = remainingMs(round, now);
  const timeUp = running && isTimeUp(round, now);

  useEffect(() => {
    if (timeUp) dispatch({ type: 'time-up' });
  }, [timeUp, dispatch]);

  // What was announced last is derived from the previous reading, during render (no effect).
  const [seen, setSeen] = useState({ left, phase: round.phase, message: '' });
  if (seen.left !== left || seen.phase !== round.phase) {
    let message = seen.message;
    if (seen.phase !== round.phase) message = phaseText(round);
    else if (running) {
      const crossed = crossedWarnings(seen.left, left);
      const last = crossed[crossed.length - 1];
      if (last !== undefined) message = warningText(last);
    }
    setSeen({ left, phase: round.phase, message });
  }

  const paused = round.pausedAt !== null;
  const level = !running ? '' : left <= 60_000 ? 'urgent' : left <= 5 * 60_000 ? 'warning' : '';
  return (
    <div className={`round-timer ${level ? `round-timer-${level}` : ''}`}>
      {running ? (
        <>
          <span id={labelId} className="round-timer-label">
            Time left
          </span>
          <span
            role="timer"
            aria-labelledby={labelId}
            aria-live="off"
            aria-atomic="true"
            className="round-timer-value"
          >
            <span aria-hidden="true" data-testid="clock">
              {formatClock(left)}
            </span>
            <span className="visually-hidden">{describeRemaining(left)}</span>
          </span>
        </>
      ) : (
        <>
          <span className="round-timer-label">Time used</span>
          <span className="round-timer-value">
            {formatElapsed(timeUsedMs(round))}
            <span className="round-timer-of"> of {formatClock(round.durationMs)}</span>
          </span>
        </>
      )}
      {paused && <span className="round-flag round-flag-paused">Paused</span>}
      {level === 'warning' && (
        <span className="round-flag round-flag-warning">Under 5 minutes</span>
      )}
      {level === 'urgent' && <span className="round-flag round-flag-urgent">Under 1 minute</span>}
      {/* Always mounted, so a change of text is announced. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {seen.message}
      </p>
    </div>
  );
}
