import type { Assessment } from './assessment.schema';

type ClockFields = Pick<Assessment, 'startedAt' | 'deadline' | 'endedAt'>;

/** Milliseconds left on the one countdown (never negative; frozen once the assessment ended). */
export function remainingMs(a: ClockFields, now: number): number {
  return Math.max(0, a.deadline - (a.endedAt ?? now));
}

/** Assessment time at `now`: ms since the start, capped at the deadline (time past it never counts). */
export function elapsedMs(a: ClockFields, now: number): number {
  const at = Math.min(a.endedAt ?? now, a.deadline);
  return Math.max(0, at - a.startedAt);
}

export function isTimeUp(a: ClockFields, now: number): boolean {
  return now >= a.deadline;
}

/**
 * Time spent on one problem: what was banked at earlier switches plus, while the assessment is
 * running, the stretch since it became current (capped at the deadline, in case the tick came late).
 */
export function timeSpentMs(a: Assessment, index: number, now: number): number {
  const banked = a.problems[index]?.timeSpentMs ?? 0;
  if (a.phase !== 'working' || index !== a.current) return banked;
  return banked + Math.max(0, Math.min(now, a.deadline) - a.currentSince);
}
