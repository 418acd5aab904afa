import { z } from '../mini-zod';
import { noteSchema, phaseSchema, roundModeSchema, runRecordSchema } from '../round/round.schema';
import {
  CUSTOM_CASES_MAX,
  roundCustomCaseSchema,
  type RoundCustomCase,
} from '../problem/custom-case.schema';
import { rubricSchema } from './rubric';

/**
 * A custom case larger than this as JSON (a huge reference answer, say) stays with the candidate:
 * the input is capped at 10,000 characters, so this leaves room for ordinary answers.
 */
export const MAX_SHARED_CASE_CHARS = 20_000;
/** Whether a custom case is small enough to go to the interviewer. */
export const caseFitsShare = (item: RoundCustomCase) =>
  JSON.stringify(item).length <= MAX_SHARED_CASE_CHARS;
const sharedCaseSchema = roundCustomCaseSchema.check(
  z.refine(caseFitsShare, { message: `larger than ${MAX_SHARED_CASE_CHARS} characters as JSON` }),
);

export const pairRoleSchema = z.enum(['candidate', 'interviewer']);
export type PairRole = z.infer<typeof pairRoleSchema>;

/** The round's clock, as the round record keeps it (epoch ms; see round-timer.ts for the math). */
export const pairTimerSchema = z.strictObject({
  durationMs: z.int().check(z.positive()),
  startedAt: z.number(),
  deadline: z.number(),
  pausedAt: z.nullable(z.number()),
  pausedTotalMs: z.number().check(z.nonnegative()),
  endedAt: z.nullable(z.number()),
});
export type PairTimer = z.infer<typeof pairTimerSchema>;

export const givenHintSchema = z.strictObject({
  index: z.int().check(z.nonnegative()),
  /** Round time when the interviewer gave it. */
  atMs: z.number().check(z.nonnegative()),
  text: z.string(),
});
export type GivenHint = z.infer<typeof givenHintSchema>;

/**
 * Everything the candidate may see of a pair round. Strict, so a state carrying extra keys (an
 * `interviewer` block, say) fails validation instead of reaching the candidate window.
 */
export const candidateStateSchema = z.strictObject({
  roundId: z.string().check(z.minLength(1)),
  problemSlug: z.string().check(z.minLength(1)),
  mode: roundModeSchema,
  phase: phaseSchema,
  timer: pairTimerSchema,
  language: z.enum(['js', 'ts', 'py']),
  code: z.string(),
  runs: z.array(runRecordSchema),
  /** The candidate's own notes. */
  notes: z.array(noteSchema),
  promptsShown: z.array(z.string()),
  /** Only hints already given; the rest of the ladder stays with the interviewer. */
  hintsGiven: z.array(givenHintSchema),
  /** The interviewer's scores, shared once the round reaches the recap (null until then). */
  rubric: z.nullable(rubricSchema),
  /**
   * The candidate's own test cases with the last Run's result on each (inputs the candidate typed,
   * answers the reference gave them: nothing of the interviewer's). Absent when there are none.
   */
  customCases: z.optional(z.array(sharedCaseSchema).check(z.maxLength(CUSTOM_CASES_MAX))),
});
export type CandidateState = z.infer<typeof candidateStateSchema>;

/** What only the interviewer window holds: the script, the whole hint ladder, private notes. */
export const interviewerDataSchema = z.strictObject({
  hints: z.array(z.string()),
  clarifications: z.array(z.strictObject({ q: z.string(), a: z.string() })),
  followUps: z.array(z.string()),
  /** The problem's notes on what to look for (problem.md `interviewer.rubric`). */
  rubricGuide: z.array(z.string()),
  notes: z.array(
    z.strictObject({ id: z.string(), atMs: z.number().check(z.nonnegative()), text: z.string() }),
  ),
  /** The scores as the interviewer fills them in; shared only from the recap on. */
  rubric: z.nullable(rubricSchema),
});
export type InterviewerData = z.infer<typeof interviewerDataSchema>;

/** The interviewer window's full view of a pair round. Never sent as is: see `candidateView`. */
export const pairStateSchema = z.extend(z.omit(candidateStateSchema, { rubric: true }), {
  interviewer: interviewerDataSchema,
});
export type PairState = z.infer<typeof pairStateSchema>;
