import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createRoomSecret, importRoomKey } from '../../src/lib/pair-crypto';
import { readSharedRound, writeInterviewerShare } from '../../src/lib/pair-doc';
import { openRelayLink, type RelayLink } from '../../src/lib/pair-relay-link';
import { startAppServer, type AppServer } from './app-server';

// y-websocket reads the global WebSocket's constants (Node 20 has no global WebSocket).
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

let app: AppServer;
let origin = '';
const links: RelayLink[] = [];

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'mockround-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
  app = await startAppServer({ root: dist, host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  for (const link of links) link.destroy();
  await app.close();
});

async function join(
  role: 'candidate' | 'interviewer',
  room: { roomId: string; key: string },
  peerId: string,
) {
  const link = openRelayLink({
    origin,
    roomId: room.roomId,
    key: await importRoomKey(room.key),
    role,
    peerId,
    WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  links.push(link);
  return link;
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

describe('two clients through the relay (encrypted end to end)', () => {
  it('sync the document both ways, including what was written before the partner joined', async () => {
    const room = createRoomSecret();
    const candidate = await join('candidate', room, 'cand-0001');
    candidate.doc.getText('code').insert(0, 'let early = 1;');
    candidate.doc.getMap('round').set('v', 1);
    await until(() => candidate.state().connection === 'connected', 'the candidate to connect');
    const interviewer = await join('interviewer', room, 'intv-0001');
    await until(() => interviewer.doc.getText('code').toString() === 'let early = 1;', 'sync');
    expect(candidate.state().peer).toBe(true);
    expect(interviewer.state().peer).toBe(true);

    writeInterviewerShare(interviewer.doc, { v: 1, hints: [], prompts: ['clarify'], rubric: null });
    await until(() => candidate.doc.getMap('interviewer').get('prompts') !== undefined, 'share');
    candidate.setSelection({ anchor: 2, head: 5 });
    await until(() => interviewer.peerSelection()?.head === 5, 'the candidate’s selection');
    expect(readSharedRound(interviewer.doc)).toMatchObject({ ok: false }); // a bare round: refused
  });

  it('refuses a partner with a wrong key, and a second interviewer', async () => {
    const room = createRoomSecret();
    const candidate = await join('candidate', room, 'cand-0002');
    candidate.doc.getText('code').insert(0, 'secret code');
    await until(() => candidate.state().connection === 'connected', 'the candidate to connect');
    const intruder = await join(
      'interviewer',
      { ...room, key: createRoomSecret().key },
      'intv-0009',
    );
    await until(() => intruder.state().connection === 'refused', 'the wrong key to be refused');
    expect(intruder.state().refusal).toBe('wrong-key');
    expect(intruder.doc.getText('code').toString()).toBe('');
    // The candidate is told, and the intruder's place is free again.
    await until(() => candidate.state().problem?.reason === 'wrong-key', 'the candidate to hear');
    await until(() => !candidate.state().peer, 'the intruder to leave');

    const interviewer = await join('interviewer', room, 'intv-0002');
    await until(() => interviewer.doc.getText('code').toString() === 'secret code', 'sync');
    const third = await join('interviewer', room, 'intv-0003');
    await until(() => third.state().connection === 'refused', 'the third client to be refused');
    expect(third.state().refusal).toBe('role-taken');
    expect(interviewer.state().connection).toBe('connected');
  });
});
