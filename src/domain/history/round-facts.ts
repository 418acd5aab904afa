import { elapsedMs } from '../round/round-timer';
import type { Round } from '../round/round.schema';

/** How a round ended, as History filters and the dashboard count it. */
export const OUTCOMES = ['passed', 'partial', 'failed', 'abandoned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * passed: every test passed; partial: some did; failed: none did (or it never compiled);
 * abandoned: given up to start another round. Without a reveal (the round was abandoned or
 * saved early) the last run stands in, submit runs first, since they include hidden tests.
 */
export function roundOutcome(round: Round): Outcome {
  if (round.abandonedAt !== null) return 'abandoned';
  const result =
    round.reveal ?? round.runs.findLast((r) => r.mode === 'submit') ?? round.runs.at(-1);
  if (!result || result.passed === 0) return 'failed';
  return result.failed === 0 ? 'passed' : 'partial';
}

/** What orders rounds in time: a saved round or its summary. */
type RoundKey = Pick<Round, 'id' | 'startedAt'>;

/** When the round took place (epoch ms): its start, used for date filters and weeks. */
export function roundTime(round: Pick<Round, 'startedAt'>): number {
  return round.startedAt;
}

/** Newest first by start; the id breaks ties so the order is stable across reloads. */
export function newestFirst(a: RoundKey, b: RoundKey): number {
  return roundTime(b) - roundTime(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Round time used, not counting pauses, capped at the duration: a round whose deadline passed
 * while the tab was closed cannot have used more time than it had.
 */
export function timeUsedMs(round: Round): number {
  const end = round.endedAt ?? round.abandonedAt ?? round.savedAt ?? round.startedAt;
  return Math.min(elapsedMs(round, end), round.durationMs);
}
