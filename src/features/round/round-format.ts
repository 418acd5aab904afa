import { elapsedMs } from '../../domain/round/round-timer';
import type { Phase, Round, RoundMode, SelfScore, Verdict } from '../../domain/round/round.schema';

/** The phases a user walks through, in order, with their names on screen. */
export const PHASE_STEPS: readonly { phase: Phase; label: string }[] = [
  { phase: 'brief', label: 'Brief' },
  { phase: 'code', label: 'Code' },
  { phase: 'estimate', label: 'Estimate' },
  { phase: 'reveal', label: 'Reveal' },
  { phase: 'recap', label: 'Recap' },
];

export const MODE_LABEL: Record<RoundMode, string> = { practice: 'Practice', timed: 'Timed' };

export const VERDICT_LABEL: Record<Verdict, string> = {
  match: 'Match',
  'off-by-one': 'Off by one class',
  wrong: 'Wrong',
};

export const SELF_SCORE_LABEL: Record<SelfScore, string> = {
  correct: 'Correct',
  partly: 'Partly',
  wrong: 'Wrong',
};

/** What the live region says when the round enters a phase. */
export const PHASE_ANNOUNCEMENT: Record<Phase, string> = {
  brief: 'Brief: read the problem. The clock is running.',
  code: 'Coding phase. The clock keeps running.',
  estimate: 'Coding is over and your code is locked. Estimate the complexity.',
  reveal: 'Results revealed.',
  recap: 'Recap: look back on the round.',
  saved: 'Round saved.',
};

/**
 * How much of the countdown the round used, once it ended (or was abandoned). Capped at the
 * duration: a round whose deadline passed while the tab was closed ends when it is next opened,
 * but it cannot have used more time than it had.
 */
export function timeUsedMs(
  round: Pick<
    Round,
    | 'startedAt'
    | 'endedAt'
    | 'abandonedAt'
    | 'durationMs'
    | 'deadline'
    | 'pausedAt'
    | 'pausedTotalMs'
  >,
): number {
  const end = round.endedAt ?? round.abandonedAt ?? round.startedAt;
  return Math.min(elapsedMs(round, end), round.durationMs);
}
