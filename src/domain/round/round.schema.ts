import { z } from 'zod';
import { rubricSchema } from '../pair/rubric';
import { customCasesSchema } from '../problem/custom-case.schema';
import {
  estimateScoreSchema,
  olderVerdictSchema,
  referenceSnapshotSchema,
} from '../verdict/verdict.schema';

export const ROUND_VERSION = 2;

export const roundModeSchema = z.enum(['practice', 'timed']);
export type RoundMode = z.infer<typeof roundModeSchema>;

export const PHASES = ['brief', 'code', 'estimate', 'reveal', 'recap', 'saved'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

export const noteSchema = z.object({
  id: z.string(),
  /** Round time (ms since start) when the note was written. */
  atMs: z.number().nonnegative(),
  phase: phaseSchema,
  /** The think-aloud prompt this note answers, if any. */
  prompt: z.string().optional(),
  text: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const runRecordSchema = z.object({
  atMs: z.number().nonnegative(),
  mode: z.enum(['run', 'submit']),
  status: z.string(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;

export const estimateSchema = z.object({
  time: z.string(),
  space: z.string(),
  reason: z.string(),
});
export type Estimate = z.infer<typeof estimateSchema>;

export const verdictSchema = z.enum(['match', 'off-by-one', 'wrong']);
export type Verdict = z.infer<typeof verdictSchema>;
export const selfScoreSchema = z.enum(['correct', 'partly', 'wrong']);
export type SelfScore = z.infer<typeof selfScoreSchema>;

export const revealSchema = z.object({
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  status: z.string(),
  selfScore: selfScoreSchema.optional(),
  /** The reference at the reveal; the verdicts (domain/verdict) are derived from it, the estimate and `growth`. */
  reference: referenceSnapshotSchema.optional(),
  /** The candidate's own answer to "is your estimate right about your code?" where nothing measured it. */
  estimateScore: estimateScoreSchema.optional(),
  /** Rounds revealed before version 2: their estimate judged against the reference, kept as it was. */
  olderVerdict: olderVerdictSchema.optional(),
});
export type Reveal = z.infer<typeof revealSchema>;

export const recapSchema = z.object({
  wentWell: z.string(),
  toImprove: z.string(),
  nextStep: z.string(),
  /** 1 (rough) … 5 (great). */
  feeling: z.number().int().min(1).max(5),
  feelingNote: z.string(),
});
export type Recap = z.infer<typeof recapSchema>;

/** What the candidate has typed of the recap so far (saved on every change, so a reload keeps it). */
export const recapDraftSchema = recapSchema.extend({
  feeling: z.number().int().min(1).max(5).nullable(),
});
export type RecapDraft = z.infer<typeof recapDraftSchema>;

export const growthPointSchema = z.object({
  n: z.number().positive(),
  ms: z.number().nonnegative(),
});

/** A measured series: its fitted class (one of FIT_CLASSES) and confidence, or the reason it has none. */
export const measuredSeriesSchema = z.object({
  best: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  points: z.array(growthPointSchema),
  reason: z.string().optional(),
});

/** How the final code's running time grew when measured in the Reveal phase, with the reference beside it. */
export const measuredSchema = measuredSeriesSchema.extend({
  referenceBest: z.string().nullable().optional(),
  referenceConfidence: z.number().min(0).max(1).optional(),
  referencePoints: z.array(growthPointSchema).optional(),
  atMs: z.number().nonnegative(),
});
export type Measured = z.infer<typeof measuredSchema>;

/** How an interviewer takes part: in a second window, or in a panel beside the candidate's work. */
export const pairModeSchema = z.enum(['window', 'panel']);
export type PairMode = z.infer<typeof pairModeSchema>;

/** One interview round, persisted as a versioned record. Times are epoch milliseconds. */
export const roundSchema = z.object({
  version: z.literal(ROUND_VERSION),
  id: z.string().min(1),
  problemSlug: z.string().min(1),
  mode: roundModeSchema,
  durationMs: z.number().int().positive(),
  startedAt: z.number(),
  /** When time runs out, as an absolute time, not counting pauses. */
  deadline: z.number(),
  pausedAt: z.number().nullable(),
  pausedTotalMs: z.number().nonnegative(),
  phase: phaseSchema,
  language: z.enum(['js', 'ts', 'py']),
  code: z.string(),
  notes: z.array(noteSchema),
  runs: z.array(runRecordSchema),
  hintsUsed: z.array(
    z.object({ index: z.number().int().nonnegative(), atMs: z.number().nonnegative() }),
  ),
  promptsShown: z.array(z.string()),
  endedAt: z.number().nullable(),
  endReason: z.enum(['done', 'time-up']).nullable(),
  estimate: estimateSchema.nullable(),
  reveal: revealSchema.nullable(),
  recap: recapSchema.nullable(),
  /** Optional so that rounds saved before drafts existed still read. */
  recapDraft: recapDraftSchema.nullable().optional(),
  /**
   * The growth measurement ("growth", not "measured": round-report reads a `measured` field of
   * another shape). Optional so that rounds saved before measurement existed still read.
   */
  growth: measuredSchema.nullable().optional(),
  /**
   * Pair practice: how the interviewer joined (prompts and hints then go through them), or null
   * for a solo round. Optional so that rounds saved before pair practice existed still read.
   */
  pair: pairModeSchema.nullable().optional(),
  /** The interviewer's scores (domain/pair/rubric.ts); optional for the same reason. */
  rubric: rubricSchema.nullable().optional(),
  /**
   * The candidate's own test cases, added during the round (arguments and the reference's
   * answer), run with Run after the visible cases. Optional: older rounds have none.
   */
  customCases: customCasesSchema.optional(),
  savedAt: z.number().nullable(),
  /** Set when the candidate gave the round up to start another; it is kept, not deleted. */
  abandonedAt: z.number().nullable(),
});
export type Round = z.infer<typeof roundSchema>;
