import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startAppServer, type AppServer } from './app-server';
import { CLOSE, type RelayOptions } from './relay-server';

// The relay's limits: each test fails without its guard (the connection would stay open).
let app: AppServer | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function start(relay: RelayOptions) {
  const dist = mkdtempSync(path.join(tmpdir(), 'mockround-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>MockRound</title>');
  app = await startAppServer({ root: dist, host: '127.0.0.1', port: 0, relay });
  return app;
}

const room = (n: number) => `ROOM${String(n).padStart(18, '0')}`;

function connect(server: AppServer, roomId: string, role: string, peer: string) {
  const ws = new WebSocket(
    `ws://127.0.0.1:${server.port}/relay/${roomId}?role=${role}&peer=${peer}`,
  );
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed, opened };
}

const stillOpen = async (ws: WebSocket) => {
  await new Promise((r) => setTimeout(r, 100));
  return ws.readyState === WebSocket.OPEN;
};

describe('relay limits', () => {
  it('closes a connection that sends faster than its message budget with 4429', async () => {
    const server = await start({ messagesPerSecond: 5, messageBurst: 10 });
    const candidate = connect(server, room(1), 'candidate', 'cand-0001');
    const interviewer = connect(server, room(1), 'interviewer', 'intv-0001');
    await Promise.all([candidate.opened, interviewer.opened]);
    const received: Buffer[] = [];
    interviewer.ws.on('message', (data: Buffer, binary: boolean) => binary && received.push(data));
    // Within the budget: forwarded, nothing closed.
    for (let i = 0; i < 8; i += 1) candidate.ws.send(Buffer.from([i]));
    await expect.poll(() => received.length).toBe(8);
    expect(await stillOpen(candidate.ws)).toBe(true);
    // A flood: closed with a code and a reason the app shows; the flood is not forwarded.
    for (let i = 0; i < 50; i += 1) candidate.ws.send(Buffer.from([i]));
    expect(await candidate.closed).toEqual({
      code: CLOSE.tooManyMessages,
      reason: 'too many messages: this connection was closed',
    });
    expect(received.length).toBeLessThan(8 + 10);
    expect(await stillOpen(interviewer.ws)).toBe(true);
  });

  it('refuses a new room beyond the room cap with 4503, and takes it again once one closes', async () => {
    const server = await start({ maxRooms: 2 });
    const a = connect(server, room(1), 'candidate', 'cand-0001');
    const b = connect(server, room(2), 'candidate', 'cand-0002');
    await Promise.all([a.opened, b.opened]);
    const c = connect(server, room(3), 'candidate', 'cand-0003');
    expect(await c.closed).toEqual({
      code: CLOSE.relayFull,
      reason: 'the relay is full: too many rooms or clients',
    });
    // A partner joining an existing room is not a new room.
    const partner = connect(server, room(1), 'interviewer', 'intv-0001');
    await partner.opened;
    expect(await stillOpen(partner.ws)).toBe(true);
    b.ws.close();
    await b.closed;
    const d = connect(server, room(3), 'candidate', 'cand-0003');
    await d.opened;
    expect(await stillOpen(d.ws)).toBe(true);
    expect(server.relay.stats()).toEqual({ rooms: 2, clients: 3 });
  });

  it('refuses a client beyond the client cap with 4503', async () => {
    const server = await start({ maxClients: 3 });
    const clients = [
      connect(server, room(1), 'candidate', 'cand-0001'),
      connect(server, room(1), 'interviewer', 'intv-0001'),
      connect(server, room(2), 'candidate', 'cand-0002'),
    ];
    await Promise.all(clients.map((c) => c.opened));
    const extra = connect(server, room(2), 'interviewer', 'intv-0002');
    expect((await extra.closed).code).toBe(CLOSE.relayFull);
    // The same tab reconnecting (same peer id) replaces its socket: not refused.
    const again = connect(server, room(2), 'candidate', 'cand-0002');
    await again.opened;
    expect(await stillOpen(again.ws)).toBe(true);
  });
});
