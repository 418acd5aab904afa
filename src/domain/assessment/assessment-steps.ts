import type { ReferenceSnapshot } from '../verdict/verdict.schema';
import { elapsedMs } from './assessment-timer';
import type { Assessment } from './assessment.schema';

// The larger steps of the assessment machine, kept apart so assessment-machine.ts reads as a table.

/** Adds the current stretch (capped at the deadline) to the current problem's time spent. */
export function bankTime(a: Assessment, now: number): Assessment {
  const stretch = Math.max(0, Math.min(now, a.deadline) - a.currentSince);
  const problems = a.problems.map((p, i) =>
    i === a.current ? { ...p, timeSpentMs: p.timeSpentMs + stretch } : p,
  );
  return { ...a, problems, currentSince: now };
}

/** Closes the open focus loss, if any, at assessment time `atMs`. */
export function closeFocusLoss(a: Assessment, atMs: number): Assessment {
  const last = a.focusLosses.at(-1);
  if (!last || last.backAtMs !== null) return a;
  return { ...a, focusLosses: [...a.focusLosses.slice(0, -1), { ...last, backAtMs: atMs }] };
}

/** Every problem's current code becomes its submission: the rule shown at the start. */
export function endAssessment(a: Assessment, now: number, reason: 'done' | 'time-up'): Assessment {
  const banked = closeFocusLoss(bankTime(a, now), elapsedMs(a, now));
  const problems = banked.problems.map((p) => ({
    ...p,
    submission: { code: p.code, language: p.language },
  }));
  return { ...banked, problems, phase: 'estimate', endedAt: now, endReason: reason };
}

/**
 * Keeps each problem's reference complexity as it is at the reveal (same order as the problems):
 * the verdicts (assessment-verdicts.ts) are derived from it, the estimate and the measurement.
 */
export function keepReferences(
  a: Assessment,
  references: readonly ReferenceSnapshot[],
): Assessment {
  const problems = a.problems.map((p, i) => ({ ...p, reference: references[i] ?? null }));
  return { ...a, problems };
}
