import { z } from '../mini-zod';
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
  blockPaste: z._default(z.boolean(), false),
  countFocusLoss: z._default(z.boolean(), false),
});
export type AssessmentOptions = z.infer<typeof assessmentOptionsSchema>;

export const assessmentNoteSchema = z.object({
  id: z.string(),
  /** Assessment time (ms since start) when the note was written. */
  atMs: z.number().check(z.nonnegative()),
  text: z.string(),
});
export type AssessmentNote = z.infer<typeof assessmentNoteSchema>;

const passCountSchema = z.object({
  passed: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
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
  slug: z.string().check(z.minLength(1)),
  language: z.enum(['js', 'ts', 'py']),
  code: z.string(),
  runs: z.array(runRecordSchema),
  notes: z.array(assessmentNoteSchema),
  /** Time spent while this was the current problem, up to the last switch (see `timeSpentMs`). */
  timeSpentMs: z.number().check(z.nonnegative()),
  /** The code that counts: copied from `code` when the assessment ends. */
  submission: z.nullable(z.object({ code: z.string(), language: z.enum(['js', 'ts', 'py']) })),
  estimate: z.nullable(estimateSchema),
  result: z.nullable(submissionResultSchema),
  selfScore: z.nullable(selfScoreSchema),
  /** The problem's reference complexity at the reveal; null before it. */
  reference: z.nullable(referenceSnapshotSchema),
  /** How the submission's running time grew, measured at the reveal; null until measured. */
  growth: z.nullable(measuredSchema),
  /** The candidate's own answer to "is your estimate right about your code?" where nothing measured it. */
  estimateScore: estimateScoreSchema,
  /** Assessments revealed before version 2: the estimate against the reference, kept as it was. */
  olderVerdict: z.nullable(olderVerdictSchema),
});
export type ProblemWork = z.infer<typeof problemWorkSchema>;

/** A multi-problem assessment under one countdown, persisted as a versioned record (epoch ms). */
export const assessmentSchema = z
  .object({
    version: z.literal(ASSESSMENT_VERSION),
    id: z.string().check(z.minLength(1)),
    /** The preset it was drawn from, or "custom" for a hand pick. */
    presetId: z.string().check(z.minLength(1)),
    durationMs: z.int().check(z.positive()),
    startedAt: z.number(),
    /** Absolute end time: there is no pause, so it never moves. */
    deadline: z.number(),
    phase: assessmentPhaseSchema,
    options: assessmentOptionsSchema,
    problems: z.array(problemWorkSchema).check(z.minLength(2), z.maxLength(4)),
    current: z.int().check(z.nonnegative()),
    /** When the current problem became current (time spent accumulates from here). */
    currentSince: z.number(),
    pasteAttempts: z.array(z.object({ atMs: z.number().check(z.nonnegative()), index: z.int() })),
    focusLosses: z.array(
      z.object({
        atMs: z.number().check(z.nonnegative()),
        backAtMs: z.nullable(z.number().check(z.nonnegative())),
      }),
    ),
    endedAt: z.nullable(z.number()),
    endReason: z.nullable(z.enum(['done', 'time-up'])),
    savedAt: z.nullable(z.number()),
  })
  .check(
    z.refine((a) => a.current < a.problems.length, {
      path: ['current'],
      message: 'no such problem',
    }),
    z.refine((a) => new Set(a.problems.map((p) => p.slug)).size === a.problems.length, {
      path: ['problems'],
      message: 'a problem appears twice',
    }),
  );
export type Assessment = z.infer<typeof assessmentSchema>;
