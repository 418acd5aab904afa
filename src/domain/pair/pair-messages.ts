import { z } from '../mini-zod';
import { noteSchema, phaseSchema, runRecordSchema } from '../round/round.schema';
import {
  candidateStateSchema,
  givenHintSchema,
  pairRoleSchema,
  pairTimerSchema,
  type PairRole,
} from './pair-state.schema';

export const PAIR_PROTOCOL_VERSION = 1;

const envelope = { v: z.literal(PAIR_PROTOCOL_VERSION), roundId: z.string().check(z.minLength(1)) };
const fromCandidate = { ...envelope, from: z.literal('candidate') };
const fromInterviewer = { ...envelope, from: z.literal('interviewer') };
const fromEither = { ...envelope, from: pairRoleSchema };

/**
 * Every message between the candidate and interviewer windows of one round. Each type is strict:
 * a field the protocol does not name (interviewer data, say) makes the whole message invalid.
 * The candidate window owns the round; the interviewer window owns the script and its notes.
 */
export const pairMessageSchema = z.discriminatedUnion('type', [
  // candidate → interviewer
  z.strictObject({
    ...fromCandidate,
    type: z.literal('code'),
    code: z.string(),
    language: z.enum(['js', 'ts', 'py']),
    atMs: z.number().check(z.nonnegative()),
  }),
  z.strictObject({ ...fromCandidate, type: z.literal('run'), run: runRecordSchema }),
  z.strictObject({
    ...fromCandidate,
    type: z.literal('round'),
    phase: phaseSchema,
    timer: pairTimerSchema,
  }),
  z.strictObject({ ...fromCandidate, type: z.literal('note'), note: noteSchema }),
  // interviewer → candidate
  z.strictObject({ ...fromInterviewer, type: z.literal('give-hint'), hint: givenHintSchema }),
  z.strictObject({
    ...fromInterviewer,
    type: z.literal('prompt-shown'),
    prompt: z.string().check(z.minLength(1)),
  }),
  // either way: a window that (re)opens says hello; the other answers with its full state
  z.strictObject({ ...fromEither, type: z.literal('hello') }),
  // either way: a window that closes says goodbye, so the other can show it is gone
  z.strictObject({ ...fromEither, type: z.literal('bye') }),
  z.strictObject({ ...fromEither, type: z.literal('state'), state: candidateStateSchema }),
]);
export type PairMessage = z.infer<typeof pairMessageSchema>;
export type PairMessageType = PairMessage['type'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A message without its envelope (version, round, sender), which the channel fills in. */
export type PairMessageBody = DistributiveOmit<PairMessage, 'v' | 'roundId' | 'from'>;

export type ParsedPairMessage = { ok: true; message: PairMessage } | { ok: false; error: string };

/** Validates untrusted data from the channel; the error names the field and the reason. */
export function parsePairMessage(data: unknown): ParsedPairMessage {
  const result = pairMessageSchema.safeParse(data);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    error: `${issue?.path.join('.') || '(message)'}: ${issue?.message ?? 'invalid'}`,
  };
}

/** Wraps a body in the envelope and validates it: a wrong sender or a stray field throws. */
export function envelop(roundId: string, from: PairRole, body: PairMessageBody): PairMessage {
  const parsed = parsePairMessage({ ...body, v: PAIR_PROTOCOL_VERSION, roundId, from });
  if (!parsed.ok)
    throw new Error(`The ${from} cannot send this "${body.type}" message: ${parsed.error}`);
  return parsed.message;
}
