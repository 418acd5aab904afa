/**
 * The Big-O accuracy suite through the browser path: the runner client, the
 * worker pool and the Web Worker harness in headless Chromium (whose worker
 * clock is coarsened to 0.1 ms), bundled with esbuild and served locally.
 *
 *   npx tsx scripts/bench/complexity-browser.ts [--filter=<text>] [--rows]
 *
 * --rows prints only the summary rows as JSON ({ what, measured, target, ok }[]) for scripts/bench.mjs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { sandboxWorkerBuildOptions } from '../lib/vite-plugin-sandbox-worker';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/e2e/support/browser';
import { TARGETS } from './complexity-accuracy-targets';
import { ACCURACY_CASES } from './complexity-cases';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const rowsOnly = process.argv.includes('--rows');
const log = (line: string) => (rowsOnly ? process.stderr : process.stdout).write(`${line}\n`);
const out = mkdtempSync(path.join(tmpdir(), 'mockround-bigo-'));
const bundle = (entry: string, outfile: string) =>
  // fake-timers requires util only under Node (behind a process check); Vite stubs it the same way.
  buildSync({
    entryPoints: [path.join(here, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // The app's lazy import of the worker's text: this page hands the pool its own worker source.
    external: ['util', '*?sandbox-worker'],
    outfile: path.join(out, outfile),
    logLevel: 'error',
  });
// The worker as the app ships it: one classic script, started from a blob inside the sandbox host.
buildSync({
  ...sandboxWorkerBuildOptions(path.join(here, '../../src/runner/runner.worker.ts'), true),
  write: true,
  outfile: path.join(out, 'runner.worker.js'),
});
bundle('complexity-browser-page.ts', 'page.js');
const files: Record<string, [string, string]> = {
  '/': [
    '<!doctype html><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>',
    'text/html',
  ],
  '/page.js': [readFileSync(path.join(out, 'page.js'), 'utf8'), 'text/javascript'],
  '/runner.worker.js': [
    readFileSync(path.join(out, 'runner.worker.js'), 'utf8'),
    'text/javascript',
  ],
};
const server = createServer((req, res) => {
  const file = files[req.url ?? '/'];
  res.writeHead(file ? 200 : 404, { 'content-type': file?.[1] ?? 'text/plain' });
  res.end(file?.[0] ?? 'not found');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const profile = mkdtempSync(path.join(tmpdir(), 'mockround-bigo-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumExecutable(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => 'measureCase' in window);
  let right = 0;
  let total = 0;
  const seconds: number[] = [];
  for (let i = 0; i < ACCURACY_CASES.length; i += 1) {
    const c = ACCURACY_CASES[i];
    if (!c || (filter && !c.name.includes(filter))) continue;
    const r = await page.evaluate(
      (index) =>
        (
          window as unknown as {
            measureCase(i: number): Promise<{
              ok: boolean;
              best: string | null;
              reason: string | null;
              seconds: number;
              points: { n: number; ms: number }[];
            }>;
          }
        ).measureCase(index),
      i,
    );
    total += 1;
    if (r.best === c.expected) right += 1;
    seconds.push(r.seconds);
    log(
      `  ${r.best === c.expected ? '✓' : '✗'} ${c.name.padEnd(48)} expected ${c.expected.padEnd(8)} got ${(r.best ?? r.reason ?? '').padEnd(8)} ${r.seconds.toFixed(1)} s`,
    );
    if (r.best !== c.expected)
      log(`      ${r.points.map((p) => `${p.n}: ${(p.ms * 1000).toFixed(3)} µs`).join(', ')}`);
  }
  const mean = seconds.reduce((sum, t) => sum + t, 0) / Math.max(1, seconds.length);
  const worst = Math.max(...seconds);
  const rows = [
    {
      what: `Big-O accuracy, Chromium worker (${total} functions)`,
      measured: `${right}/${total} = ${((right / Math.max(1, total)) * 100).toFixed(0)} %`,
      target: `≥ ${TARGETS.idleAccuracy * 100} %`,
      ok: right / Math.max(1, total) >= TARGETS.idleAccuracy,
    },
    {
      what: 'Time per measurement, Chromium worker (mean / worst)',
      measured: `${mean.toFixed(1)} s / ${worst.toFixed(1)} s`,
      target: `≤ ${TARGETS.secondsEach} s`,
      ok: worst <= TARGETS.secondsEach,
    },
  ];
  if (rowsOnly) console.log(JSON.stringify(rows));
  else
    for (const r of rows)
      log(
        `${r.what.padEnd(56)} ${r.measured.padStart(18)}  ${r.target.padStart(8)}  ${r.ok ? 'ok' : 'MISSED'}`,
      );
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
