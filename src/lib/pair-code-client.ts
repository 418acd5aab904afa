import { z } from '../domain/mini-zod';
import {
  createCode,
  deriveCodeKeys,
  dropForCode,
  formatCode,
  parseCode,
  roomFromBlob,
} from './pair-code';
import type { RoomSecret } from './pair-crypto';

/** A code the candidate reads out, and until when the relay keeps it. */
export interface IssuedCode {
  code: string;
  expiresAt: number;
}

export type ClaimResult = { ok: true; room: RoomSecret } | { ok: false; error: string };

const SLOT_RETRIES = 3;
const errorBody = z.object({ error: z.string(), attemptsLeft: z.optional(z.number()) });
const blobBody = z.object({ blob: z.string() });

const post = (origin: string, path: string, body: object) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Leaves a one-use, 10-minute code for `room` at the relay (a new slot when one is taken). */
export async function issueCode(origin: string, room: RoomSecret): Promise<IssuedCode> {
  for (let attempt = 0; attempt < SLOT_RETRIES; attempt += 1) {
    const code = createCode();
    const drop = dropForCode(await deriveCodeKeys(code), room);
    const response = await post(origin, '/relay/code', drop);
    if (response.status === 409) continue;
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new Error(errorBody.safeParse(body).data?.error ?? response.statusText);
    const expiresInMs = z.object({ expiresInMs: z.number() }).parse(body).expiresInMs;
    return { code: formatCode(code), expiresAt: Date.now() + expiresInMs };
  }
  throw new Error('no free code slot at the relay: try again');
}

/** What a refused claim means for the person typing. */
function claimError(status: number, body: unknown): string {
  const parsed = errorBody.safeParse(body);
  if (status === 403) {
    const left = parsed.data?.attemptsLeft ?? 0;
    return left > 0
      ? `That code is wrong (${left} attempt${left === 1 ? '' : 's'} left for it): check it with the candidate.`
      : 'That code is wrong, and it has now been blocked: ask the candidate for a new one.';
  }
  if (status === 404)
    return 'No such code: it works once and for 10 minutes. Ask the candidate for a new one.';
  if (status === 429) return 'Too many attempts from this network: wait a few minutes.';
  return `The relay refused the code (${parsed.data?.error ?? `HTTP ${status}`}).`;
}

/** Trades a typed code for the room's id and key (the slow key derivation happens here). */
export async function claimCode(origin: string, typed: string): Promise<ClaimResult> {
  const code = parseCode(typed);
  if ('error' in code) return { ok: false, error: `Not a code: ${code.error}.` };
  const keys = await deriveCodeKeys(code);
  let response: Response;
  try {
    response = await post(origin, '/relay/code/claim', {
      slot: keys.slot,
      verifier: keys.verifier,
    });
  } catch {
    return { ok: false, error: 'The relay cannot be reached: check the address and try again.' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, error: claimError(response.status, body) };
  const blob = blobBody.safeParse(body);
  const room = blob.success ? roomFromBlob(keys, blob.data.blob) : null;
  return room
    ? { ok: true, room }
    : { ok: false, error: 'The relay answered with something that does not open with this code.' };
}
