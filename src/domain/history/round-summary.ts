import { z } from '../mini-zod';
import { COMPLEXITY_LABELS } from '../problem/complexity';
import { roundModeSchema, type Round } from '../round/round.schema';
import { olderVerdictSchema, optimalitySchema, ownVerdictSchema } from '../verdict/verdict.schema';
import { verdictsOf, type WorkVerdicts } from '../verdict/work-verdicts';
import { OUTCOMES, roundOutcome, timeUsedMs } from './round-facts';

/**
 * Bump it when a summary's fields or their meaning change: summaries of another version are
 * rebuilt from their round records when next read.
 */
export const ROUND_SUMMARY_VERSION = 3;

/**
 * What History's list, its filters and the Progress dashboard need of a saved round, derived
 * once when the round is saved. A summary is ~1/20 of a record (no code, notes or runs), so a
 * thousand of them read and validate in a few milliseconds.
 */
export const roundSummarySchema = z.object({
  v: z.literal(ROUND_SUMMARY_VERSION),
  id: z.string().check(z.minLength(1)),
  problemSlug: z.string().check(z.minLength(1)),
  mode: roundModeSchema,
  /** Epoch ms; the round's place in time (roundTime). */
  startedAt: z.number(),
  durationMs: z.number().check(z.positive()),
  /** Round time used, not counting pauses, capped at the duration (timeUsedMs). */
  usedMs: z.number().check(z.nonnegative()),
  outcome: z.enum(OUTCOMES),
  /**
   * "Is your estimate right about your code?" per dimension (domain/verdict); null when not
   * answered: never revealed, an older round, or inconclusive and not self-scored yet.
   */
  timeOwn: z.nullable(ownVerdictSchema),
  spaceOwn: z.nullable(ownVerdictSchema),
  /** The measured class that decided `timeOwn` ("O(n²)"), for Calibration's confusions. */
  codeTime: z.nullable(z.string()),
  /** "Is your code as good as it gets?"; null when the measurement could not tell. */
  optimality: z.nullable(optimalitySchema),
  /** Rounds revealed before verdicts were about the candidate's code: estimate vs reference. */
  olderVerdict: z.nullable(olderVerdictSchema),
  /** The Big-O estimate as written (without its reason), for Calibration; null when none. */
  estimate: z.nullable(z.object({ time: z.string(), space: z.string() })),
  /**
   * Set when this is one problem of a saved assessment (assessment-summary.ts: derived when
   * read, never stored); absent for a round.
   */
  assessmentId: z.optional(z.string()),
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
    ...verdictFields(verdictsOf(round)),
    estimate: round.estimate ? { time: round.estimate.time, space: round.estimate.space } : null,
  };
}

/** What a summary keeps of the verdicts of a round (or of an assessment problem). */
export function verdictFields(
  verdicts: WorkVerdicts,
): Pick<RoundSummary, 'timeOwn' | 'spaceOwn' | 'codeTime' | 'optimality' | 'olderVerdict'> {
  if (verdicts?.kind !== 'current') {
    const olderVerdict = verdicts?.older ?? null;
    return { timeOwn: null, spaceOwn: null, codeTime: null, optimality: null, olderVerdict };
  }
  const { time, space, optimality } = verdicts;
  return {
    timeOwn: time.verdict,
    spaceOwn: space.verdict,
    codeTime: time.by === 'measurement' ? COMPLEXITY_LABELS[time.measured.cls] : null,
    optimality: optimality.known ? optimality.optimality : null,
    olderVerdict: null,
  };
}
