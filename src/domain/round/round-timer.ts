import type { Round } from './round.schema';

type TimerFields = Pick<Round, 'deadline' | 'pausedAt' | 'pausedTotalMs' | 'startedAt' | 'endedAt'>;

/** Milliseconds left on the countdown at `now` (never negative). Pauses push the deadline out. */
export function remainingMs(round: TimerFields, now: number): number {
  const at = round.endedAt ?? round.pausedAt ?? now;
  return Math.max(0, round.deadline + round.pausedTotalMs - at);
}

/** Round time at `now`: milliseconds since the start, not counting pauses. */
export function elapsedMs(round: TimerFields, now: number): number {
  const at = round.endedAt ?? round.pausedAt ?? now;
  return Math.max(0, at - round.startedAt - round.pausedTotalMs);
}

export function isTimeUp(round: TimerFields, now: number): boolean {
  return remainingMs(round, now) === 0;
}

/**
 * The one rounding rule for times on every page and in every report: a time **left** rounds up
 * (0:00 means time is really up), a time **elapsed** rounds down (a note at 0.6 s is 00:00).
 * So "time used" and "time left" always add up to the duration, second for second.
 */
function layout(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const ss = String(totalSeconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}

/** A time left (or a duration) as "mm:ss", "h:mm:ss" past an hour, rounded up. */
export function formatClock(ms: number): string {
  return layout(Math.ceil(Math.max(0, ms) / 1000));
}

/** A time elapsed (since the start, time spent, time used) as "mm:ss" or "h:mm:ss", rounded down. */
export function formatElapsed(ms: number): string {
  return layout(Math.floor(Math.max(0, ms) / 1000));
}

/** Words for screen readers: "12 minutes 5 seconds left". */
export function describeRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s > 0 || m === 0) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return `${parts.join(' ')} left`;
}

/** Warnings announced as the countdown crosses them. */
export const WARNINGS_MS = [5 * 60_000, 60_000] as const;

/** The warning thresholds crossed between two readings of the remaining time. */
export function crossedWarnings(previousMs: number, currentMs: number): number[] {
  return WARNINGS_MS.filter((w) => previousMs > w && currentMs <= w);
}
