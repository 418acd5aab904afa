import { z } from '../mini-zod';
import { rubricSchema } from '../pair/rubric';
import { roundCustomCasesSchema } from '../problem/custom-case.schema';
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
  atMs: z.number().check(z.nonnegative()),
  phase: phaseSchema,
  /** The think-aloud prompt this note answers, if any. */
  prompt: z.optional(z.string()),
  text: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const runRecordSchema = z.object({
  atMs: z.number().check(z.nonnegative()),
  mode: z.enum(['run', 'submit']),
  status: z.string(),
  passed: z.int().check(z.nonnegative()),
  failed: z.int().check(z.nonnegative()),
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
  passed: z.int().check(z.nonnegative()),
  failed: z.int().check(z.nonnegative()),
  status: z.string(),
  selfScore: z.optional(selfScoreSchema),
  /** The reference at the reveal; the verdicts (domain/verdict) are derived from it, the estimate and `growth`. */
  reference: z.optional(referenceSnapshotSchema),
  /** The candidate's own answer to "is your estimate right about your code?" where nothing measured it. */
  estimateScore: z.optional(estimateScoreSchema),
  /** Rounds revealed before version 2: their estimate judged against the reference, kept as it was. */
  olderVerdict: z.optional(olderVerdictSchema),
});
export type Reveal = z.infer<typeof revealSchema>;

export const recapSchema = z.object({
  wentWell: z.string(),
  toImprove: z.string(),
  nextStep: z.string(),
  /** 1 (rough) … 5 (great). */
  feeling: z.int().check(z.gte(1), z.lte(5)),
  feelingNote: z.string(),
});
export type Recap = z.infer<typeof recapSchema>;

/** What the candidate has typed of the recap so far (saved on every change, so a reload keeps it). */
export const recapDraftSchema = z.extend(recapSchema, {
  feeling: z.nullable(z.int().check(z.gte(1), z.lte(5))),
});
export type RecapDraft = z.infer<typeof recapDraftSchema>;

export const growthPointSchema = z.object({
  n: z.number().check(z.positive()),
  ms: z.number().check(z.nonnegative()),
});

/** A measured series: its fitted class (one of FIT_CLASSES) and confidence, or the reason it has none. */
export const measuredSeriesSchema = z.object({
  best: z.nullable(z.string()),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  points: z.array(growthPointSchema),
  reason: z.optional(z.string()),
});

/** How the final code's running time grew when measured in the Reveal phase, with the reference beside it. */
export const measuredSchema = z.extend(measuredSeriesSchema, {
  referenceBest: z.optional(z.nullable(z.string())),
  referenceConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  referencePoints: z.optional(z.array(growthPointSchema)),
  atMs: z.number().check(z.nonnegative()),
});
export type Measured = z.infer<typeof measuredSchema>;

/** How an interviewer takes part: in a second window, or in a panel beside the candidate's work. */
export const pairModeSchema = z.enum(['window', 'panel']);
export type PairMode = z.infer<typeof pairModeSchema>;

/** One interview round, persisted as a versioned record. Times are epoch milliseconds. */
export const roundSchema = z.object({
  version: z.literal(ROUND_VERSION),
  id: z.string().check(z.minLength(1)),
  problemSlug: z.string().check(z.minLength(1)),
  mode: roundModeSchema,
  durationMs: z.int().check(z.positive()),
  startedAt: z.number(),
  /** When time runs out, as an absolute time, not counting pauses. */
  deadline: z.number(),
  pausedAt: z.nullable(z.number()),
  pausedTotalMs: z.number().check(z.nonnegative()),
  phase: phaseSchema,
  language: z.enum(['js', 'ts', 'py']),
  code: z.string(),
  notes: z.array(noteSchema),
  runs: z.array(runRecordSchema),
  hintsUsed: z.array(
    z.object({ index: z.int().check(z.nonnegative()), atMs: z.number().check(z.nonnegative()) }),
  ),
  promptsShown: z.array(z.string()),
  endedAt: z.nullable(z.number()),
  endReason: z.nullable(z.enum(['done', 'time-up'])),
  estimate: z.nullable(estimateSchema),
  reveal: z.nullable(revealSchema),
  recap: z.nullable(recapSchema),
  /** Optional so that rounds saved before drafts existed still read. */
  recapDraft: z.optional(z.nullable(recapDraftSchema)),
  /**
   * The growth measurement ("growth", not "measured": round-report reads a `measured` field of
   * another shape). Optional so that rounds saved before measurement existed still read.
   */
  growth: z.optional(z.nullable(measuredSchema)),
  /**
   * Pair practice: how the interviewer joined (prompts and hints then go through them), or null
   * for a solo round. Optional so that rounds saved before pair practice existed still read.
   */
  pair: z.optional(z.nullable(pairModeSchema)),
  /** The interviewer's scores (domain/pair/rubric.ts); optional for the same reason. */
  rubric: z.optional(z.nullable(rubricSchema)),
  /**
   * The candidate's own test cases, added during the round (arguments and the reference's
   * answer), run with Run after the visible cases, each with the last Run's result on it.
   * Optional: older rounds have none.
   */
  customCases: z.optional(roundCustomCasesSchema),
  savedAt: z.nullable(z.number()),
  /** Set when the candidate gave the round up to start another; it is kept, not deleted. */
  abandonedAt: z.nullable(z.number()),
});
export type Round = z.infer<typeof roundSchema>;
