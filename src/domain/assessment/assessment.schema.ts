import { z } from 'zod';
import {
  estimateSchema,
  measuredSchema,
  runRecordSchema,
  selfScoreSchema,
} from '../round/round.schema';
import {
  estimateScoreSchema,
  olderVerdictSchema,
  referenceSnapshotSchema,
} from '../verdict/verdict.schema';

/**
 * 1: each estimate judged against the reference (`verdict`). 2: judged against the candidate's
 * own code, like a round (domain/verdict): the reveal keeps the reference, the measured growth
 * and the candidate's own score; a version-1 verdict becomes `olderVerdict` (assessment-migrations).
 */
export const ASSESSMENT_VERSION = 2;

export const ASSESSMENT_PHASES = ['working', 'estimate', 'reveal', 'scorecard', 'saved'] as const;
export const assessmentPhaseSchema = z.enum(ASSESSMENT_PHASES);
export type AssessmentPhase = z.infer<typeof assessmentPhaseSchema>;

/** Strict-mode options; both off unless the candidate turns them on (and then they are announced). */
export const assessmentOptionsSchema = z.object({
  blockPaste: z.boolean().default(false),
  countFocusLoss: z.boolean().default(false),
});
export type AssessmentOptions = z.infer<typeof assessmentOptionsSchema>;

export const assessmentNoteSchema = z.object({
  id: z.string(),
  /** Assessment time (ms since start) when the note was written. */
  atMs: z.number().nonnegative(),
  text: z.string(),
});
export type AssessmentNote = z.infer<typeof assessmentNoteSchema>;

const passCountSchema = z.object({
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** What the final submission scored once every test (hidden included) ran. */
export const submissionResultSchema = z.object({
  status: z.string(),
  visible: passCountSchema,
  hidden: passCountSchema,
});
export type SubmissionResult = z.infer<typeof submissionResultSchema>;

/** One problem of the assessment: its own editor, runs, notes and clock. */
export const problemWorkSchema = z.object({
  slug: z.string().min(1),
  language: z.enum(['js', 'ts', 'py']),
  code: z.string(),
  runs: z.array(runRecordSchema),
  notes: z.array(assessmentNoteSchema),
  /** Time spent while this was the current problem, up to the last switch (see `timeSpentMs`). */
  timeSpentMs: z.number().nonnegative(),
  /** The code that counts: copied from `code` when the assessment ends. */
  submission: z.object({ code: z.string(), language: z.enum(['js', 'ts', 'py']) }).nullable(),
  estimate: estimateSchema.nullable(),
  result: submissionResultSchema.nullable(),
  selfScore: selfScoreSchema.nullable(),
  /** The problem's reference complexity at the reveal; null before it. */
  reference: referenceSnapshotSchema.nullable(),
  /** How the submission's running time grew, measured at the reveal; null until measured. */
  growth: measuredSchema.nullable(),
  /** The candidate's own answer to "is your estimate right about your code?" where nothing measured it. */
  estimateScore: estimateScoreSchema,
  /** Assessments revealed before version 2: the estimate against the reference, kept as it was. */
  olderVerdict: olderVerdictSchema.nullable(),
});
export type ProblemWork = z.infer<typeof problemWorkSchema>;

/** A multi-problem assessment under one countdown, persisted as a versioned record (epoch ms). */
export const assessmentSchema = z
  .object({
    version: z.literal(ASSESSMENT_VERSION),
    id: z.string().min(1),
    /** The preset it was drawn from, or "custom" for a hand pick. */
    presetId: z.string().min(1),
    durationMs: z.number().int().positive(),
    startedAt: z.number(),
    /** Absolute end time: there is no pause, so it never moves. */
    deadline: z.number(),
    phase: assessmentPhaseSchema,
    options: assessmentOptionsSchema,
    problems: z.array(problemWorkSchema).min(2).max(4),
    current: z.number().int().nonnegative(),
    /** When the current problem became current (time spent accumulates from here). */
    currentSince: z.number(),
    pasteAttempts: z.array(z.object({ atMs: z.number().nonnegative(), index: z.number().int() })),
    focusLosses: z.array(
      z.object({ atMs: z.number().nonnegative(), backAtMs: z.number().nonnegative().nullable() }),
    ),
    endedAt: z.number().nullable(),
    endReason: z.enum(['done', 'time-up']).nullable(),
    savedAt: z.number().nullable(),
  })
  .refine((a) => a.current < a.problems.length, { path: ['current'], message: 'no such problem' })
  .refine((a) => new Set(a.problems.map((p) => p.slug)).size === a.problems.length, {
    path: ['problems'],
    message: 'a problem appears twice',
  });
export type Assessment = z.infer<typeof assessmentSchema>;
