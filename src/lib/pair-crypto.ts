import { gcm } from '@noble/ciphers/aes.js';

/**
 * End-to-end encryption of a pair room (AES-256-GCM). The key travels only in the invite link's
 * fragment, which browsers never send to a server: the relay forwards ciphertext it cannot read.
 * Each frame is `iv (12 bytes) ‖ ciphertext+tag`, authenticated with the room id as additional
 * data, so a frame from another room or a wrong key fails to open.
 *
 * The cipher is @noble/ciphers (audited, pure JS), not WebCrypto: `crypto.subtle` exists only in
 * secure contexts, and a partner on the LAN opens `http://192.168.x.y:4173/pair/…`, which is not
 * one. `crypto.getRandomValues` (IVs, ids, keys) is available everywhere.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** 128 bits of room id (public: the relay routes on it) and 256 bits of key (secret). */
export const ROOM_ID_BYTES = 16;
export const KEY_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface RoomSecret {
  roomId: string;
  /** base64url, 256 bits. */
  key: string;
}

/** A room key ready for use (the raw 256 bits). */
export interface RoomKey {
  readonly raw: Uint8Array;
}

export class PairCryptoError extends Error {
  override name = 'PairCryptoError';
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string, what: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(text)) throw new PairCryptoError(`${what}: not base64url`);
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** A fresh room: a random id and a random key. */
export function createRoomSecret(): RoomSecret {
  return {
    roomId: toBase64Url(randomBytes(ROOM_ID_BYTES)),
    key: toBase64Url(randomBytes(KEY_BYTES)),
  };
}

/** True for a room id this app could have made (the relay checks the same shape). */
export function isRoomId(text: string): boolean {
  return BASE64URL.test(text) && text.length === 22;
}

/** Imports a key from a link; throws PairCryptoError when it is not a 256-bit base64url key. */
export async function importRoomKey(key: string): Promise<RoomKey> {
  const raw = fromBase64Url(key, 'key');
  if (raw.length !== KEY_BYTES)
    throw new PairCryptoError(`key: expected ${KEY_BYTES} bytes, got ${raw.length}`);
  return Promise.resolve({ raw });
}

/** AES-256-GCM with a fresh IV: `iv ‖ ciphertext+tag`. */
export function seal(key: Uint8Array, aad: Uint8Array, plain: Uint8Array): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const sealed = gcm(key, iv, aad).encrypt(plain);
  const frame = new Uint8Array(IV_BYTES + sealed.byteLength);
  frame.set(iv, 0);
  frame.set(sealed, IV_BYTES);
  return frame;
}

/** Opens `seal`'s output; null when it was not sealed with this key and these additional data. */
export function open(key: Uint8Array, aad: Uint8Array, frame: Uint8Array): Uint8Array | null {
  if (frame.byteLength <= IV_BYTES + TAG_BYTES) return null;
  try {
    return gcm(key, frame.subarray(0, IV_BYTES), aad).decrypt(frame.subarray(IV_BYTES));
  } catch {
    return null;
  }
}

const additionalData = (roomId: string) => new TextEncoder().encode(`mockround-pair:${roomId}`);

/** Encrypts one frame for the room. */
export async function sealFrame(
  key: RoomKey,
  roomId: string,
  plain: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  return Promise.resolve(seal(key.raw, additionalData(roomId), plain));
}

/** Decrypts one frame; throws PairCryptoError when it was not sealed with this key for this room. */
export async function openFrame(
  key: RoomKey,
  roomId: string,
  frame: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (frame.byteLength <= IV_BYTES + TAG_BYTES) throw new PairCryptoError('frame: too short');
  const plain = open(key.raw, additionalData(roomId), frame);
  if (!plain) throw new PairCryptoError('frame: does not open with this room key');
  return Promise.resolve(new Uint8Array(plain));
}
