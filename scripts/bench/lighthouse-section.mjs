// The Lighthouse section of `npm run bench`: performance, accessibility and best-practices
// scores of the built app (dist/) on the problem list and a problem page, desktop and mobile
// presets, against the targets performance ≥ 95, accessibility 100, best practices ≥ 95.
// `node scripts/bench/lighthouse-section.mjs` runs this section alone (build first).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startPreview } from './preview-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = [
  ['problem list', '/'],
  ['problem page', '/problems/two-sum'],
];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const log = (msg) => console.log(`  · ${msg}`);

/** A row whose target is a floor: a score of at least `floor` meets it. */
const scoreRow = (what, score, floor) => ({
  what,
  measured: Number.isFinite(score) ? String(score) : 'n/a',
  target: `≥ ${floor}`,
  ok: Number.isFinite(score) ? score >= floor : null,
});

/** The failing audits of one category, so a missed score says why. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => {
      // Accessibility audits name the elements at fault; show the first.
      const node = audit.details?.items?.[0]?.node?.selector;
      return `${audit.id} ${Math.round(audit.score * 100)}${node ? ` (${node})` : ''}`;
    });
}

export async function sectionLighthouse() {
  const port = Number(process.env.BENCH_PORT ?? 4174);
  const server = await startPreview({ root, port });
  const chromePath =
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const chrome = await chromeLauncher
    .launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'],
    })
    .catch((error) => {
      server.stop();
      throw error;
    });
  const rows = [];
  try {
    log(`Lighthouse on ${server.url}, load ${loadavg()[0].toFixed(2)} (scores fall with load)`);
    for (const [preset, config] of [
      ['desktop', desktopConfig],
      ['mobile', undefined],
    ]) {
      for (const [name, route] of PAGES) {
        const result = await lighthouse(
          `${server.url}${route}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: Object.keys(TARGETS),
          },
          config,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${route}`);
        if (lhr.runtimeError) log(`${preset} ${name}: ${lhr.runtimeError.message}`);
        for (const [category, floor] of Object.entries(TARGETS)) {
          const score = lhr.categories[category]?.score;
          const value = score === null || score === undefined ? NaN : Math.round(score * 100);
          if (value < floor)
            log(`${preset} ${name} ${category}: ${failingAudits(lhr, category).join(', ')}`);
          rows.push(scoreRow(`Lighthouse ${category}, ${name} (${preset})`, value, floor));
        }
      }
    }
  } finally {
    chrome.kill();
    server.stop();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await sectionLighthouse())
    console.log(
      `${r.what.padEnd(60)} ${r.measured.padStart(4)} ${r.target} ${r.ok ? 'ok' : 'MISSED'}`,
    );
}
