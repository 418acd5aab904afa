import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCode,
  deriveCodeKeys,
  dropForCode,
  formatCode,
  parseCode,
  roomFromBlob,
} from '../../src/lib/pair-code';
import { createRoomSecret, randomBytes, toBase64Url } from '../../src/lib/pair-crypto';
import { startAppServer, type AppServer } from './app-server';
import type { CodeDropOptions } from './code-drop';

let app: AppServer | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function start(codes: CodeDropOptions = {}) {
  const dist = mkdtempSync(path.join(tmpdir(), 'mockround-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>MockRound</title>');
  app = await startAppServer({ root: dist, host: '127.0.0.1', port: 0, codes });
  const post = async (url: string, body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${app!.port}${url}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return post;
}

const fakeVerifier = () => toBase64Url(randomBytes(32));
const fakeDrop = (slot: string) => ({
  slot,
  verifier: fakeVerifier(),
  blob: toBase64Url(randomBytes(60)),
});

describe('join by code at the relay', () => {
  it('hands the sealed room out once, to the holder of the code; the relay never sees the code', async () => {
    const post = await start();
    const room = createRoomSecret();
    const code = createCode();
    const drop = dropForCode(await deriveCodeKeys(code), room);
    // What the relay receives: the slot (public part), a verifier and a blob — not the secret part.
    expect(JSON.stringify(drop)).not.toContain(code.secret);
    expect(drop.blob).not.toContain(room.key);
    expect((await post('/relay/code', drop)).status).toBe(201);

    // The partner types the code as read out (lower case, spaces instead of dashes).
    const typed = parseCode(formatCode(code).toLowerCase().replace(/-/g, ' '));
    if ('error' in typed) throw new Error(typed.error);
    const keys = await deriveCodeKeys(typed);
    const claimed = await post('/relay/code/claim', { slot: keys.slot, verifier: keys.verifier });
    expect(claimed.status).toBe(200);
    expect(roomFromBlob(keys, claimed.body.blob as string)).toEqual(room);
    // One use only.
    expect(
      (await post('/relay/code/claim', { slot: keys.slot, verifier: keys.verifier })).status,
    ).toBe(404);
  }, 60_000);

  it('burns a slot after 5 wrong verifiers', async () => {
    const post = await start();
    const drop = fakeDrop('ABCD');
    await post('/relay/code', drop);
    const lefts = [];
    for (let i = 0; i < 5; i += 1) {
      const wrong = await post('/relay/code/claim', { slot: 'ABCD', verifier: fakeVerifier() });
      expect(wrong.status).toBe(403);
      lefts.push(wrong.body.attemptsLeft);
    }
    expect(lefts).toEqual([4, 3, 2, 1, 0]);
    const right = await post('/relay/code/claim', { slot: 'ABCD', verifier: drop.verifier });
    expect(right.status).toBe(404);
  });

  it('limits claims per address, lets codes expire, refuses a taken slot and a full store', async () => {
    let now = 1_000_000;
    const post = await start({ claimsPerWindow: 3, ttlMs: 60_000, maxDrops: 2, now: () => now });
    const first = fakeDrop('AAAA');
    expect((await post('/relay/code', first)).status).toBe(201);
    expect((await post('/relay/code', fakeDrop('AAAA'))).status).toBe(409);
    expect((await post('/relay/code', fakeDrop('BBBB'))).status).toBe(201);
    expect((await post('/relay/code', fakeDrop('CCCC'))).status).toBe(503);

    for (const slot of ['ZZZZ', 'YYYY', 'XXXX'])
      expect((await post('/relay/code/claim', { slot, verifier: fakeVerifier() })).status).toBe(
        404,
      );
    const limited = await post('/relay/code/claim', { slot: 'AAAA', verifier: first.verifier });
    expect(limited).toEqual({
      status: 429,
      body: { error: 'too many attempts from this address: wait a while' },
    });

    now += 11 * 60_000; // the address's window and the codes' 60 s are over
    expect(
      (await post('/relay/code/claim', { slot: 'AAAA', verifier: first.verifier })).status,
    ).toBe(404);
    expect((await post('/relay/code', fakeDrop('CCCC'))).status).toBe(201);
  });

  it('refuses malformed requests', async () => {
    const post = await start();
    expect((await post('/relay/code', { slot: 'abcd', verifier: 'x', blob: 'y' })).status).toBe(
      400,
    );
    expect((await post('/relay/code/claim', { slot: 'ABCD' })).status).toBe(400);
    expect((await post('/relay/code', 'x'.repeat(5000))).status).toBe(400);
  });
});
