import { z } from '../mini-zod';
import { estimateSchema } from '../round/round.schema';
import { candidateStateSchema, givenHintSchema, pairRoleSchema } from './pair-state.schema';
import { rubricSchema } from './rubric';

/**
 * The shared document of a pair round across machines (a Yjs document, synced end to end
 * through the relay). Each side writes only its own part; what the other side wrote is read as
 * plain JSON and parsed here before anything is shown or applied.
 */
export const PAIR_DOC_VERSION = 1;

/** A round's code above this size is refused (a 200 KB solution is not an interview answer). */
export const MAX_SHARED_CODE_CHARS = 200_000;
const MAX_ITEMS = 500;

/**
 * The candidate's part (the Y.Map `round`); the code itself is the Y.Text `code`. Timer epochs
 * are in the relay's clock, so two machines whose clocks differ still show one deadline.
 * The estimate is shared only once locked (from the reveal on).
 */
export const sharedRoundSchema = z.extend(z.omit(candidateStateSchema, { code: true }), {
  v: z.literal(PAIR_DOC_VERSION),
  runs: candidateStateSchema.shape.runs.check(z.maxLength(MAX_ITEMS)),
  notes: candidateStateSchema.shape.notes.check(z.maxLength(MAX_ITEMS)),
  promptsShown: candidateStateSchema.shape.promptsShown.check(z.maxLength(MAX_ITEMS)),
  hintsGiven: candidateStateSchema.shape.hintsGiven.check(z.maxLength(MAX_ITEMS)),
  estimate: z.nullable(estimateSchema),
});
export type SharedRound = z.infer<typeof sharedRoundSchema>;

/** The interviewer's part (the Y.Map `interviewer`): hints given, prompts asked, the rubric. */
export const interviewerShareSchema = z.strictObject({
  v: z.literal(PAIR_DOC_VERSION),
  hints: z.array(givenHintSchema).check(z.maxLength(MAX_ITEMS)),
  prompts: z
    .array(z.string().check(z.minLength(1), z.maxLength(200)))
    .check(z.maxLength(MAX_ITEMS)),
  rubric: z.nullable(rubricSchema),
});
export type InterviewerShare = z.infer<typeof interviewerShareSchema>;

/** Character offsets in the shared code (the candidate's cursor is `head`). */
export const selectionSchema = z.strictObject({
  anchor: z.int().check(z.nonnegative(), z.lte(MAX_SHARED_CODE_CHARS)),
  head: z.int().check(z.nonnegative(), z.lte(MAX_SHARED_CODE_CHARS)),
});
export type CodeSelection = z.infer<typeof selectionSchema>;

/** What each client says about itself in the Yjs awareness (not stored in the document). */
export const pairAwarenessSchema = z.strictObject({
  role: pairRoleSchema,
  selection: z.nullable(selectionSchema),
});
export type PairAwareness = z.infer<typeof pairAwarenessSchema>;

/**
 * The relay's own notices (text frames, in clear: they carry only roles). Everything else on the
 * wire is an encrypted binary frame between the two clients.
 */
export const relayNoticeSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('welcome'),
    peers: z.array(pairRoleSchema).check(z.maxLength(1)),
  }),
  z.strictObject({ type: z.literal('joined'), role: pairRoleSchema }),
  z.strictObject({ type: z.literal('left'), role: pairRoleSchema }),
]);
export type RelayNotice = z.infer<typeof relayNoticeSchema>;

/** Close codes the relay uses (4400–4499: the client must not reconnect by itself). */
export const RELAY_CLOSE = {
  badRequest: 4400,
  roleTaken: 4409,
  badFrame: 4415,
  tooManyMessages: 4429,
  relayFull: 4503,
} as const;

export type ParsedShare<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses one part of the document; the error names the part, the field and the reason. */
export function parseShare<T>(
  schema: z.ZodMiniType<T>,
  part: string,
  data: unknown,
): ParsedShare<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || '(whole)';
  return { ok: false, error: `${part}.${field}: ${issue?.message ?? 'invalid'}` };
}
