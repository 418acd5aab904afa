import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { pairAwarenessSchema } from '../domain/pair/pair-doc.schema';

/** y-websocket message types (y-websocket.js): sync, awareness, query awareness. */
const SYNC = 0;
const AWARENESS = 1;
const QUERY_AWARENESS = 3;
/** y-protocols/sync: step 1 (state vector), step 2 and update (both an update). */
const SYNC_STEP1 = 0;
const MAX_AWARENESS_CLIENTS = 8;

export type MessageCheck = { ok: true } | { ok: false; error: string };

function checkAwareness(payload: Uint8Array): MessageCheck {
  const decoder = decoding.createDecoder(payload);
  const clients = decoding.readVarUint(decoder);
  if (clients > MAX_AWARENESS_CLIENTS) return { ok: false, error: `awareness: ${clients} clients` };
  for (let i = 0; i < clients; i += 1) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (state === null) continue; // a client leaving
    const parsed = pairAwarenessSchema.safeParse(state);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: `awareness.${issue?.path.join('.') || '(state)'}: ${issue?.message ?? 'invalid'}`,
      };
    }
  }
  return decoding.hasContent(decoder)
    ? { ok: false, error: 'awareness: trailing bytes' }
    : { ok: true };
}

/**
 * Checks a decrypted y-websocket message before the provider reads it: a known type, a
 * well-formed Yjs state vector or update, awareness states of the shape this app sends.
 * Anything else (a rogue client holding the key, a bug) is refused instead of applied.
 */
export function checkYMessage(message: Uint8Array): MessageCheck {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === QUERY_AWARENESS) return { ok: true };
    if (type === AWARENESS) return checkAwareness(decoding.readVarUint8Array(decoder));
    if (type !== SYNC) return { ok: false, error: `message type ${type} is not used here` };
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SYNC_STEP1) Y.decodeStateVector(payload);
    else if (step === 1 || step === 2) Y.decodeUpdate(payload);
    else return { ok: false, error: `sync step ${step} is not a Yjs sync message` };
    return decoding.hasContent(decoder)
      ? { ok: false, error: 'sync: trailing bytes' }
      : { ok: true };
  } catch (error) {
    return {
      ok: false,
      error: `unreadable (${error instanceof Error ? error.message : 'bad bytes'})`,
    };
  }
}
