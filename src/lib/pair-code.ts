import { scryptAsync } from '@noble/hashes/scrypt.js';
import {
  fromBase64Url,
  KEY_BYTES,
  open,
  randomBytes,
  ROOM_ID_BYTES,
  seal,
  toBase64Url,
  type RoomSecret,
} from './pair-crypto';

/**
 * A short code to read out instead of the link: 12 characters of Crockford base32, shown as
 * `ABCD-EFGH-JKMN`. The first 4 (20 bits) name a slot at the relay; the last 8 (40 bits) are the
 * secret. From slot + secret, scrypt (64 MiB, N = 2^16) derives 512 bits: an AES-GCM key that
 * seals the room's id and key into a small blob, and a verifier. The relay holds the blob and the
 * verifier for 10 minutes, hands the blob out once, and only to someone who shows the verifier;
 * 5 wrong verifiers burn the slot. What the relay can do with them is in docs/threat-model.md.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SLOT_CHARS = 4;
const SECRET_CHARS = 8;
const CODE_CHARS = SLOT_CHARS + SECRET_CHARS;
/** scrypt cost: 64 MiB and about a second in a browser, per guess. */
export const CODE_KDF = { N: 2 ** 16, r: 8, p: 1 } as const;

export interface CodeParts {
  slot: string;
  secret: string;
}

/** What the relay stores for a code (base64url). */
export interface CodeDrop {
  slot: string;
  verifier: string;
  blob: string;
}

/** A fresh code (uniform: 256 is a multiple of 32, so a byte mod 32 has no bias). */
export function createCode(): CodeParts {
  const chars = [...randomBytes(CODE_CHARS)].map((b) => CODE_ALPHABET[b % 32]).join('');
  return { slot: chars.slice(0, SLOT_CHARS), secret: chars.slice(SLOT_CHARS) };
}

/** `ABCD-EFGH-JKMN`, to read out. */
export function formatCode({ slot, secret }: CodeParts): string {
  return `${slot}-${secret.slice(0, 4)}-${secret.slice(4)}`;
}

/**
 * Reads a typed code: case, spaces and dashes do not matter; O reads as 0 and I/L as 1 (as
 * Crockford base32 says). A message when it cannot be a code.
 */
export function parseCode(typed: string): CodeParts | { error: string } {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const bad = [...chars].find((c) => !CODE_ALPHABET.includes(c));
  if (bad) return { error: `“${bad}” is not a character of a code` };
  if (chars.length !== CODE_CHARS)
    return { error: `a code has ${CODE_CHARS} characters, this one has ${chars.length}` };
  return { slot: chars.slice(0, SLOT_CHARS), secret: chars.slice(SLOT_CHARS) };
}

export interface CodeKeys {
  slot: string;
  /** Seals and opens the blob (never leaves the browser). */
  key: Uint8Array;
  /** Shown to the relay to claim the blob. */
  verifier: string;
}

/** The slow part (scrypt, yielding to the page every few ms): once per code on each side. */
export async function deriveCodeKeys({ slot, secret }: CodeParts): Promise<CodeKeys> {
  const bits = await scryptAsync(secret, `mockround-pair-code:${slot}`, {
    ...CODE_KDF,
    dkLen: 64,
    asyncTick: 10,
  });
  return { slot, key: bits.slice(0, 32), verifier: toBase64Url(bits.slice(32)) };
}

const aad = (slot: string) => new TextEncoder().encode(`mockround-pair-code:${slot}`);

/** The relay's part for `code`: the room sealed with the code's key, and the verifier. */
export function dropForCode(keys: CodeKeys, room: RoomSecret): CodeDrop {
  const { slot, key, verifier } = keys;
  const plain = new Uint8Array(ROOM_ID_BYTES + KEY_BYTES);
  plain.set(fromBase64Url(room.roomId, 'room id'), 0);
  plain.set(fromBase64Url(room.key, 'key'), ROOM_ID_BYTES);
  return { slot, verifier, blob: toBase64Url(seal(key, aad(slot), plain)) };
}

/** The room inside a claimed blob; null when the blob does not open with the code. */
export function roomFromBlob(keys: CodeKeys, blob: string): RoomSecret | null {
  let plain: Uint8Array | null;
  try {
    plain = open(keys.key, aad(keys.slot), fromBase64Url(blob, 'blob'));
  } catch {
    return null;
  }
  if (!plain || plain.length !== ROOM_ID_BYTES + KEY_BYTES) return null;
  return {
    roomId: toBase64Url(plain.subarray(0, ROOM_ID_BYTES)),
    key: toBase64Url(plain.subarray(ROOM_ID_BYTES)),
  };
}
