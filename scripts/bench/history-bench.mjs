// Browser-side figures for History and Progress with many saved rounds: the seeded bundle is
// imported through History's own "Import data" control, then each page is opened cold (a new
// tab loading its URL) and warm (in-app navigation between the two), timed in-page.
import { installReadyWatch } from './history-in-page.mjs';

/** Rows History renders before "Show more" (PAGE_SIZE in src/features/history/history-page.tsx). */
const FIRST_PAGE = 50;
/** Progress's charts: rounds per week, pass rate, time used, Big-O calibration, strength per pattern. */
const CHARTS = 5;

/**
 * @param {{ context: import('playwright-core').BrowserContext, baseUrl: string, bundlePath: string,
 *   count: number, coldRuns: number, warmRuns: number, extraPaths?: string[],
 *   log(msg: string): void }} o   extraPaths: more pages loaded cold (/rounds, /calibration)
 */
export async function benchHistory(o) {
  const expected = { count: o.count, firstPage: Math.min(FIRST_PAGE, o.count), charts: CHARTS };
  const pageErrors = [];
  const newPage = async () => {
    const page = await o.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(installReadyWatch, expected);
    return page;
  };

  const importMs = await importBundle(await newPage(), o);
  o.log(`imported ${o.count} rounds through History's "Import data" in ${importMs.toFixed(0)} ms`);

  const cold = { history: [], progress: [], rounds: [], calibration: [] };
  for (let i = 0; i < o.coldRuns; i += 1) {
    for (const path of ['/history', '/progress', ...(o.extraPaths ?? [])]) {
      const page = await newPage();
      await page.goto(`${o.baseUrl}${path}`);
      cold[path.slice(1)].push(await page.evaluate(() => window.__historyBench.cold));
      await page.close();
    }
  }

  const warm = { history: [], progress: [], rounds: [], calibration: [] };
  if (o.warmRuns > 0) await timeWarm(newPage, o, warm);

  if (pageErrors.length) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
  const list = (values) => values.map((v) => v.toFixed(0)).join(', ');
  for (const kind of Object.keys(cold).filter((k) => cold[k].length > 0))
    o.log(
      `${o.count} rounds, ${kind}: new tab ${list(cold[kind])} ms; in the app ${list(warm[kind]) || '-'} ms`,
    );
  return { importMs, cold, warm };
}

/** In-app visits: History ⇄ Progress through the main navigation, `o.warmRuns` times each. */
async function timeWarm(newPage, o, warm) {
  const page = await newPage();
  await page.goto(`${o.baseUrl}/history`);
  await page.evaluate(() => window.__historyBench.cold);
  // One unmeasured round trip first, so both routes' chunks have been fetched.
  for (let i = -1; i < o.warmRuns; i += 1) {
    for (const path of ['/progress', '/history']) {
      const ms = await page.evaluate((href) => window.__historyBench.navigate(href), path);
      if (i >= 0) warm[path.slice(1)].push(ms);
    }
  }
  await page.close();
}

/** Imports the bundle file through History's "Import data" control; resolves with its ms. */
async function importBundle(page, o) {
  await page.goto(`${o.baseUrl}/history`);
  const input = page.getByLabel('Import data', { exact: true });
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  const started = Date.now();
  await input.setInputFiles(o.bundlePath);
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`rounds ${o.count} added, 0 updated, 0 unchanged`) })
    .waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.close();
  return ms;
}
