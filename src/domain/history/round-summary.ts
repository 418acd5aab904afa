import { z } from 'zod';
import { roundModeSchema, verdictSchema, type Round } from '../round/round.schema';
import { OUTCOMES, roundOutcome, timeUsedMs } from './round-facts';

/**
 * Bump it when a summary's fields or their meaning change: summaries of another version are
 * rebuilt from their round records when next read.
 */
export const ROUND_SUMMARY_VERSION = 2;

/**
 * What History's list, its filters and the Progress dashboard need of a saved round, derived
 * once when the round is saved. A summary is ~1/20 of a record (no code, notes or runs), so a
 * thousand of them read and validate in a few milliseconds.
 */
export const roundSummarySchema = z.object({
  v: z.literal(ROUND_SUMMARY_VERSION),
  id: z.string().min(1),
  problemSlug: z.string().min(1),
  mode: roundModeSchema,
  /** Epoch ms; the round's place in time (roundTime). */
  startedAt: z.number(),
  durationMs: z.number().positive(),
  /** Round time used, not counting pauses, capped at the duration (timeUsedMs). */
  usedMs: z.number().nonnegative(),
  outcome: z.enum(OUTCOMES),
  /** The Big-O verdicts of the reveal; null when the round was never revealed. */
  timeVerdict: verdictSchema.nullable(),
  spaceVerdict: verdictSchema.nullable(),
  /** The Big-O estimate as written (without its reason), for Calibration; null when none. */
  estimate: z.object({ time: z.string(), space: z.string() }).nullable(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

/** The summary of a (valid, current-version) round. */
export function summarizeRound(round: Round): RoundSummary {
  return {
    v: ROUND_SUMMARY_VERSION,
    id: round.id,
    problemSlug: round.problemSlug,
    mode: round.mode,
    startedAt: round.startedAt,
    durationMs: round.durationMs,
    usedMs: timeUsedMs(round),
    outcome: roundOutcome(round),
    timeVerdict: round.reveal?.timeVerdict ?? null,
    spaceVerdict: round.reveal?.spaceVerdict ?? null,
    estimate: round.estimate ? { time: round.estimate.time, space: round.estimate.space } : null,
  };
}
