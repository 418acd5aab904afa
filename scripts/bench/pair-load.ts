// `npm run bench:pair`: 50 rooms × 2 clients typing for 60 s through the relay on loopback.
// Prints p50/p95/max keystroke → partner latency, lost keystrokes, and the relay's heap before,
// at peak and after every room closed. Bounded: stops by itself (hard limit below).
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { createRoomSecret, importRoomKey } from '../../src/lib/pair-crypto';
import { openRelayLink, type RelayLink } from '../../src/lib/pair-relay-link';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
// Each y-websocket provider adds a process 'exit' listener: 100 clients are expected here.
process.setMaxListeners(0);

const ROOMS = Number(process.env.PAIR_ROOMS ?? 50);
const SECONDS = Number(process.env.PAIR_SECONDS ?? 60);
const KEY_EVERY_MS = 200; // 5 keys a second per client, a brisk typist
const PORT = Number(process.env.PAIR_PORT ?? 4219);
const HARD_LIMIT_MS = (SECONDS + 90) * 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const hardStop = setTimeout(() => {
  console.error(`pair-load: still running after ${HARD_LIMIT_MS / 1000} s, giving up.`);
  process.exit(2);
}, HARD_LIMIT_MS);

const relay = fork(path.join(root, 'scripts/bench/pair-relay-child.ts'), [String(PORT)], {
  cwd: root,
  execArgv: ['--expose-gc', '--import', 'tsx'],
});
type Stats = { heapUsed: number; rss: number; rooms: number; clients: number };
const nextMessage = () => new Promise<unknown>((resolve) => relay.once('message', resolve));
const stats = async (): Promise<Stats> => {
  const reply = nextMessage();
  relay.send('stats');
  return (await reply) as Stats;
};
await nextMessage(); // ready

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const origin = `http://127.0.0.1:${PORT}`;
const before = await stats();
const loadBefore = loadavg();

interface Pair {
  links: [RelayLink, RelayLink];
  sent: [number[], number[]];
}
const latencies: number[] = [];
const pairs: Pair[] = [];
for (let i = 0; i < ROOMS; i += 1) {
  const room = createRoomSecret();
  const key = await importRoomKey(room.key);
  const open = (role: 'candidate' | 'interviewer') =>
    openRelayLink({
      origin,
      roomId: room.roomId,
      key,
      role,
      peerId: `${role}-${i}-load`,
      WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
    });
  const pair: Pair = { links: [open('candidate'), open('interviewer')], sent: [[], []] };
  // Each side types into its own text; the other side timestamps each character's arrival.
  pair.links.forEach((link, side) => {
    const theirs = link.doc.getText(`typed-${1 - side}`);
    let seen = 0;
    theirs.observe(() => {
      const now = performance.now();
      for (; seen < theirs.length; seen += 1) {
        const at = pair.sent[1 - side]![seen];
        if (at !== undefined) latencies.push(now - at);
      }
    });
  });
  pairs.push(pair);
}
const connected = () =>
  pairs.every((p) => p.links.every((l) => l.state().connection === 'connected' && l.state().peer));
for (let i = 0; i < 100 && !connected(); i += 1) await sleep(100);
if (!connected()) console.warn('pair-load: not every client connected and saw its partner.');

console.log(
  `pair-load: ${ROOMS} rooms × 2 clients typing ${SECONDS} s (one key / ${KEY_EVERY_MS} ms each)…`,
);
const end = performance.now() + SECONDS * 1000;
const typists: ReturnType<typeof setInterval>[] = [];
for (const pair of pairs) {
  pair.links.forEach((link, side) => {
    const text = link.doc.getText(`typed-${side}`);
    const type = () => {
      if (performance.now() >= end) return;
      pair.sent[side]!.push(performance.now());
      text.insert(text.length, 'x');
    };
    // Spread the clients over the interval so keystrokes do not all land at once.
    setTimeout(() => typists.push(setInterval(type, KEY_EVERY_MS)), Math.random() * KEY_EVERY_MS);
  });
}
await sleep((SECONDS * 1000) / 2);
const peak = await stats();
await sleep((SECONDS * 1000) / 2 + 3_000); // let the last keystrokes arrive
typists.forEach(clearInterval);

let sent = 0;
let lost = 0;
for (const pair of pairs) {
  for (const side of [0, 1]) {
    const want = pair.sent[side]!.length;
    const got = pair.links[1 - side]!.doc.getText(`typed-${side}`).length;
    sent += want;
    lost += Math.max(0, want - got);
  }
}
for (const pair of pairs) for (const link of pair.links) link.destroy();
await sleep(2_000);
const after = await stats();
const loadAfter = loadavg();
relay.send('stop');

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`keystrokes sent ${sent}, received ${latencies.length}, lost ${lost}`);
console.log(
  `keystroke → partner: p50 ${ms(pct(0.5))}, p95 ${ms(pct(0.95))}, p99 ${ms(pct(0.99))}, max ${ms(latencies.at(-1) ?? NaN)}  (target p95 ≤ 200 ms: ${pct(0.95) <= 200 ? 'met' : 'MISSED'})`,
);
console.log(
  `relay heap: before ${mb(before.heapUsed)}, at peak ${mb(peak.heapUsed)} (${peak.rooms} rooms, ${peak.clients} clients), after all closed ${mb(after.heapUsed)} (${after.rooms} rooms)`,
);
console.log(
  `load average (1/5/15 min): before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')} — the clients and the relay share the machine's cores with anything else running`,
);
clearTimeout(hardStop);
process.exit(lost === 0 && after.rooms === 0 ? 0 : 1);
