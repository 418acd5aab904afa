// The History/Progress section of `npm run bench`: seeds 1,000 rounds with scripts/seed-rounds.ts,
// imports them into the built app and times opening History (≤ 200 ms) and Progress (≤ 300 ms).
// `node scripts/bench/history-section.mjs` runs this section alone (build first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { benchHistory } from './history-bench.mjs';
import { startPreview } from './preview-server.mjs';
import { median, percentile } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COUNT = Number(process.env.BENCH_HISTORY_ROUNDS ?? 1000);
const COLD_RUNS = Number(process.env.BENCH_HISTORY_COLD ?? 7);
const WARM_RUNS = Number(process.env.BENCH_HISTORY_WARM ?? 10);
/** The budgets with 1,000 stored rounds. */
const TARGET = { history: 200, progress: 300 };
const log = (msg) => console.log(`  · ${msg}`);
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

/** Writes the seed script's bundle (fixed seed and end date, so every run imports the same rounds). */
function seedBundle(dir) {
  const out = path.join(dir, 'rounds.json');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed-rounds.ts', out, '--count', String(COUNT), '--seed', '1'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return out;
}

/** A vite preview of its own; the port right after BENCH_PORT's (the runner section's) by default. */
async function preview() {
  const port = Number(process.env.BENCH_HISTORY_PORT ?? Number(process.env.BENCH_PORT ?? 4174) + 1);
  return startPreview({ root, port });
}

const ms = (v) => `${v.toFixed(1)} ms`;
function rowsOf(kind, label, { cold, warm }) {
  const target = TARGET[kind];
  const figure = (what, value, limit) => ({
    what,
    measured: ms(value),
    target: limit ? `≤ ${ms(limit)}` : '',
    ok: limit ? value <= limit : null,
  });
  return [
    figure(`${label}, cold median (${cold[kind].length} tab loads)`, median(cold[kind]), target),
    figure(`${label}, cold p95`, percentile(cold[kind], 95), null),
    figure(
      `${label}, warm median (${warm[kind].length} in-app visits)`,
      median(warm[kind]),
      target,
    ),
    figure(`${label}, warm p95`, percentile(warm[kind], 95), null),
  ];
}

/** Rows { what, measured, target, ok } in bench.mjs's format. */
export async function sectionHistory() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mockround-history-bench-'));
  const server = await preview();
  const browser = await launchChromium().catch((error) => {
    server.stop();
    throw error;
  });
  try {
    const bundlePath = seedBundle(dir);
    log(
      `History/Progress: ${COUNT} rounds from scripts/seed-rounds.ts, vite preview on ${server.url}`,
    );
    log('cold = a new tab loads the URL: navigation start → first frame painted once ready');
    log(
      'warm = a click on the main-navigation link (History ⇄ Progress) → first frame painted once ready',
    );
    log(
      `ready = History lists its first page and "${COUNT} rounds"; Progress shows What next and 5 drawn charts`,
    );
    const loadBefore = load();
    const r = await benchHistory({
      context: browser.context,
      baseUrl: server.url,
      bundlePath,
      count: COUNT,
      coldRuns: COLD_RUNS,
      warmRuns: WARM_RUNS,
      log,
    });
    log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
    return [
      ...rowsOf('history', `History with ${COUNT} rounds`, r),
      ...rowsOf('progress', `Progress with ${COUNT} rounds`, r),
      { what: `Import of ${COUNT} rounds (info)`, measured: ms(r.importMs), target: '', ok: null },
    ];
  } finally {
    await browser.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await sectionHistory())
    console.log(
      `${row.what.padEnd(52)} ${row.measured.padStart(10)} ${row.target.padStart(10)} ${row.ok === null ? '' : row.ok ? 'ok' : 'MISSED'}`,
    );
}
