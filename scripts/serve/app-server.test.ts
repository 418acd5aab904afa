import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startAppServer, type AppServer } from './app-server';

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
let app: AppServer;
let base = '';

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'mockround-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>MockRound</title>');
  writeFileSync(path.join(dist, 'assets/app-1234.js'), 'export {};');
  writeFileSync(path.join(dist, 'manifest.webmanifest'), '{}');
  writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  app = await startAppServer({
    root: dist,
    host: '127.0.0.1',
    port: 0,
    relay: { maxFrameBytes: 1024, heartbeatMs: 60_000 },
  });
  base = `127.0.0.1:${app.port}`;
});
afterAll(() => app.close());

interface Client {
  ws: WebSocket;
  frames: (string | Buffer)[];
  closed: Promise<{ code: number; reason: string }>;
}

async function connect(role: string, peer: string, room = ROOM): Promise<Client> {
  const ws = new WebSocket(`ws://${base}/relay/${room}?role=${role}&peer=${peer}`);
  const frames: (string | Buffer)[] = [];
  ws.on('message', (data: Buffer, binary: boolean) => frames.push(binary ? data : data.toString()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, frames, closed };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('the pair relay', () => {
  it('forwards binary frames to the other role only, and tells who joins and leaves', async () => {
    const candidate = await connect('candidate', 'cand-0001');
    await until(() => candidate.frames.length === 1);
    expect(JSON.parse(candidate.frames[0] as string)).toEqual({ type: 'welcome', peers: [] });
    const interviewer = await connect('interviewer', 'intv-0001');
    await until(() => interviewer.frames.length === 1 && candidate.frames.length === 2);
    expect(JSON.parse(interviewer.frames[0] as string)).toEqual({
      type: 'welcome',
      peers: ['candidate'],
    });
    expect(JSON.parse(candidate.frames[1] as string)).toEqual({
      type: 'joined',
      role: 'interviewer',
    });
    candidate.ws.send(Buffer.from([1, 2, 3]));
    await until(() => interviewer.frames.length === 2);
    expect(interviewer.frames[1]).toEqual(Buffer.from([1, 2, 3]));
    expect(candidate.frames).toHaveLength(2); // no echo
    expect(app.relay.stats()).toEqual({ rooms: 1, clients: 2 });

    interviewer.ws.close();
    await until(() => candidate.frames.length === 3);
    expect(JSON.parse(candidate.frames[2] as string)).toEqual({
      type: 'left',
      role: 'interviewer',
    });
    candidate.ws.close();
    await until(() => app.relay.stats().rooms === 0);
  });

  it('refuses a second client in a taken role, a bad request, text and oversized frames', async () => {
    const first = await connect('interviewer', 'intv-0001');
    const second = await connect('interviewer', 'intv-0002');
    expect(await second.closed).toEqual({
      code: 4409,
      reason: 'another interviewer is already in this room',
    });
    // The same tab reconnecting replaces its stale connection instead.
    const again = await connect('interviewer', 'intv-0001');
    expect((await first.closed).code).toBe(1006);
    expect(app.relay.stats()).toEqual({ rooms: 1, clients: 1 });

    expect((await (await connect('judge', 'peer-0001')).closed).code).toBe(4400);
    expect((await (await connect('candidate', 'x')).closed).code).toBe(4400);
    expect((await (await connect('candidate', 'cand-0001', 'short')).closed).code).toBe(4400);

    const texter = await connect('candidate', 'cand-0001');
    texter.ws.send('{"type":"welcome"}');
    expect((await texter.closed).code).toBe(4415);
    const big = await connect('candidate', 'cand-0001');
    big.ws.send(Buffer.alloc(2048));
    expect((await big.closed).code).toBe(1009);
    expect(again.ws.readyState).toBe(WebSocket.OPEN); // the other client is untouched
    again.ws.close();
    await until(() => app.relay.stats().rooms === 0);
  });
});

describe('the app server', () => {
  it('serves files with their MIME type, client routes with index.html, 404 for missing files', async () => {
    const get = (p: string) => fetch(`http://${base}${p}`);
    const js = await get('/assets/app-1234.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
    for (const route of ['/', '/pair/AAAAAAAAAAAAAAAAAAAAAA', '/history/r1']) {
      const page = await get(route);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<title>MockRound</title>');
    }
    expect((await get('/assets/missing.js')).status).toBe(404);
    // Dot segments never leave dist/: this is the app's page, not the system file.
    expect(await (await get('/%2e%2e/%2e%2e/etc/passwd')).text()).toContain('<title>MockRound');
    const time = (await (await get('/relay/time')).json()) as { now: number };
    expect(Math.abs(time.now - Date.now())).toBeLessThan(5_000);
  });

  it('serves the service worker as JavaScript that is checked for updates on every visit', async () => {
    const sw = await fetch(`http://${base}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // Never cached for long: a new build's worker must be found on the next visit.
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(await sw.text()).toContain('addEventListener');
  });
});
