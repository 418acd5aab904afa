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
/** Rounds in the baseline profile: enough for every chart and What next to show. */
const BASELINE = Number(process.env.BENCH_HISTORY_BASELINE ?? 10);
/** The budgets with 1,000 stored rounds. */
const TARGET = { history: 200, progress: 300 };
const log = (msg) => console.log(`  · ${msg}`);
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

/** Writes the seed script's bundle (fixed seed and end date, so every run imports the same rounds). */
function seedBundle(dir, count) {
  const out = path.join(dir, `rounds-${count}.json`);
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed-rounds.ts', out, '--count', String(count), '--seed', '1'],
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
const info = (what, value) => ({ what, measured: ms(value), target: '', ok: null });

/**
 * The budgets apply to opening History or Progress in the running app (warm: a click
 * in the main navigation, the route's code fetched once before). A cold figure is a whole new
 * tab: it includes the app's own start (HTML, the main bundle, the store), which costs the
 * same with 10 rounds as with 1,000, so it is printed beside the same cold load with
 * BASELINE rounds and the difference between the two: the part the stored rounds cost.
 */
function rowsOf(kind, label, big, small) {
  const target = TARGET[kind];
  const warm = median(big.warm[kind]);
  const cold = median(big.cold[kind]);
  const coldSmall = median(small.cold[kind]);
  return [
    {
      what: `${label}, opened in the app: median (${big.warm[kind].length} visits)`,
      measured: ms(warm),
      target: `≤ ${ms(target)}`,
      ok: warm <= target,
    },
    info(`${label}, opened in the app: p95`, percentile(big.warm[kind], 95)),
    info(`${label}, new tab incl. app start: median (${big.cold[kind].length} loads)`, cold),
    info(`  same new tab with ${BASELINE} rounds (app start baseline)`, coldSmall),
    info(`  cost of the other ${COUNT - BASELINE} rounds on a new tab`, cold - coldSmall),
  ];
}

/** Seeds `count` rounds into a fresh browser profile and times History and Progress there. */
async function scenario(server, dir, count, warmRuns, extraPaths = []) {
  const browser = await launchChromium();
  try {
    return await benchHistory({
      context: browser.context,
      baseUrl: server.url,
      bundlePath: seedBundle(dir, count),
      count,
      coldRuns: COLD_RUNS,
      warmRuns,
      extraPaths,
      log,
    });
  } finally {
    await browser.close();
  }
}

/** Rows { what, measured, target, ok } in bench.mjs's format. */
export async function sectionHistory() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mockround-history-bench-'));
  const server = await preview();
  try {
    log(
      `History/Progress: ${COUNT} rounds (and ${BASELINE} for the baseline) from scripts/seed-rounds.ts, vite preview on ${server.url}`,
    );
    log(
      'in the app = a click on the main-navigation link (History ⇄ Progress) → first frame painted once ready',
    );
    log('new tab = a new tab loads the URL: navigation start → first frame painted once ready');
    log(
      `ready = History lists its first page and "N rounds"; Progress shows What next and 5 drawn charts`,
    );
    const loadBefore = load();
    const small = await scenario(server, dir, BASELINE, 0);
    const big = await scenario(server, dir, COUNT, WARM_RUNS, ['/rounds', '/calibration']);
    log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
    return [
      ...rowsOf('history', `History with ${COUNT} rounds`, big, small),
      ...rowsOf('progress', `Progress with ${COUNT} rounds`, big, small),
      info(`Rounds page (20 newest in full), new tab: median`, median(big.cold.rounds)),
      info(`Calibration with ${COUNT} rounds, new tab: median`, median(big.cold.calibration)),
      info(`Import of ${COUNT} rounds through "Import data"`, big.importMs),
    ];
  } finally {
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
