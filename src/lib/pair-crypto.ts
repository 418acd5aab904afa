/**
 * End-to-end encryption of a pair room (WebCrypto AES-GCM). The key travels only in the invite
 * link's fragment, which browsers never send to a server: the relay forwards ciphertext it cannot
 * read. Each frame is `iv (12 bytes) ‖ ciphertext+tag`, authenticated with the room id as
 * additional data, so a frame from another room or a wrong key fails to open.
 */

const IV_BYTES = 12;
/** 128 bits of room id (public: the relay routes on it) and 256 bits of key (secret). */
const ROOM_ID_BYTES = 16;
const KEY_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface RoomSecret {
  roomId: string;
  /** base64url, 256 bits. */
  key: string;
}

export class PairCryptoError extends Error {
  override name = 'PairCryptoError';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string, what: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(text)) throw new PairCryptoError(`${what}: not base64url`);
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** A fresh room: a random id and a random key. */
export function createRoomSecret(): RoomSecret {
  return { roomId: toBase64Url(random(ROOM_ID_BYTES)), key: toBase64Url(random(KEY_BYTES)) };
}

/** True for a room id this app could have made (the relay checks the same shape). */
export function isRoomId(text: string): boolean {
  return BASE64URL.test(text) && text.length === 22;
}

/** Imports a key from a link; throws PairCryptoError when it is not a 256-bit base64url key. */
export async function importRoomKey(key: string): Promise<CryptoKey> {
  const raw = fromBase64Url(key, 'key');
  if (raw.length !== KEY_BYTES)
    throw new PairCryptoError(`key: expected ${KEY_BYTES} bytes, got ${raw.length}`);
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const additionalData = (roomId: string) => new TextEncoder().encode(`mockround-pair:${roomId}`);

/** Encrypts one frame for the room. */
export async function sealFrame(
  key: CryptoKey,
  roomId: string,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = random(IV_BYTES);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(roomId) },
    key,
    plain,
  );
  const frame = new Uint8Array(IV_BYTES + sealed.byteLength);
  frame.set(iv, 0);
  frame.set(new Uint8Array(sealed), IV_BYTES);
  return frame;
}

/** Decrypts one frame; throws PairCryptoError when it was not sealed with this key for this room. */
export async function openFrame(
  key: CryptoKey,
  roomId: string,
  frame: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (frame.byteLength <= IV_BYTES + 16) throw new PairCryptoError('frame: too short');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: frame.subarray(0, IV_BYTES), additionalData: additionalData(roomId) },
      key,
      frame.subarray(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new PairCryptoError('frame: does not open with this room key');
  }
}
