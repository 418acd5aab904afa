import { z } from '../mini-zod';

/**
 * Question 1, "is your estimate right about your code?": right, one class off, or wrong. Set by
 * the measurement when it is conclusive, otherwise by the candidate's own score.
 */
export const ownVerdictSchema = z.enum(['right', 'close', 'wrong']);
export type OwnVerdict = z.infer<typeof ownVerdictSchema>;

/** The candidate's own answer to question 1, per dimension (used when nothing was measured). */
export const estimateScoreSchema = z.object({
  time: z.optional(ownVerdictSchema),
  space: z.optional(ownVerdictSchema),
});
export type EstimateScore = z.infer<typeof estimateScoreSchema>;

/**
 * The problem's reference complexity as it was at the reveal: a later edit of the bank does not
 * change a saved verdict.
 */
export const referenceSnapshotSchema = z.object({
  time: z.string(),
  space: z.string(),
  timeReason: z.string(),
  spaceReason: z.string(),
  measuredAs: z.optional(z.string()),
  measuredException: z.optional(z.string()),
});
export type ReferenceSnapshot = z.infer<typeof referenceSnapshotSchema>;

/** Question 2, "is your code as good as it gets?": its measured class against the reference's. */
export const optimalitySchema = z.enum(['optimal', 'one-slower', 'slower']);
export type Optimality = z.infer<typeof optimalitySchema>;

/** The verdict of rounds revealed before this change: the estimate against the reference. */
export const olderVerdictSchema = z.object({
  time: z.enum(['match', 'off-by-one', 'wrong']),
  space: z.enum(['match', 'off-by-one', 'wrong']),
});
export type OlderVerdict = z.infer<typeof olderVerdictSchema>;
