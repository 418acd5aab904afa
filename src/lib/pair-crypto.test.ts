import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createRoomSecret,
  importRoomKey,
  isRoomId,
  openFrame,
  PairCryptoError,
  sealFrame,
} from './pair-crypto';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

afterEach(() => vi.unstubAllGlobals());

describe('pair room encryption', () => {
  it('makes a 128-bit room id and a 256-bit key, different every time', () => {
    const a = createRoomSecret();
    const b = createRoomSecret();
    expect(isRoomId(a.roomId)).toBe(true);
    expect(a.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.roomId).not.toBe(b.roomId);
    expect(a.key).not.toBe(b.key);
  });

  it('round-trips a frame, and the ciphertext does not contain the text', async () => {
    const { roomId, key } = createRoomSecret();
    const k = await importRoomKey(key);
    const frame = await sealFrame(k, roomId, bytes('function twoSum(nums, target) {}'));
    expect(text(frame)).not.toContain('twoSum');
    expect(text(await openFrame(k, roomId, frame))).toBe('function twoSum(nums, target) {}');
    // A fresh IV per frame: the same text never gives the same bytes.
    const again = await sealFrame(k, roomId, bytes('function twoSum(nums, target) {}'));
    expect(again).not.toEqual(frame);
  });

  it('refuses a frame sealed with another key, for another room, or tampered with', async () => {
    const room = createRoomSecret();
    const k = await importRoomKey(room.key);
    const frame = await sealFrame(k, room.roomId, bytes('hint 1'));
    const other = await importRoomKey(createRoomSecret().key);
    await expect(openFrame(other, room.roomId, frame)).rejects.toThrow(PairCryptoError);
    await expect(openFrame(k, createRoomSecret().roomId, frame)).rejects.toThrow(
      /does not open with this room key/,
    );
    const tampered = frame.slice();
    const last = tampered.length - 1;
    tampered[last] = tampered[last]! ^ 1;
    await expect(openFrame(k, room.roomId, tampered)).rejects.toThrow(PairCryptoError);
    await expect(openFrame(k, room.roomId, new Uint8Array(10))).rejects.toThrow(/too short/);
  });

  it('works where crypto.subtle is missing (a partner on http://<LAN address> is not a secure context)', async () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    const room = createRoomSecret();
    const k = await importRoomKey(room.key);
    const frame = await sealFrame(k, room.roomId, bytes('on the LAN'));
    expect(text(await openFrame(k, room.roomId, frame))).toBe('on the LAN');
  });

  it('refuses keys that are not 256-bit base64url', async () => {
    await expect(importRoomKey('not a key!')).rejects.toThrow(/not base64url/);
    await expect(importRoomKey('AAAA')).rejects.toThrow(/expected 32 bytes, got 3/);
  });
});
