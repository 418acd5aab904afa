// "The UI never blocks for more than 50 ms on any result, however large": the longest task on
// the app page's main thread (Long Tasks API: every task over 50 ms is reported) from a Run of
// code that returns huge values to the painted results.
import { setCode, steps } from './page-helpers.mjs';

/** Results that are as large as a candidate's code can make them, one per probe. */
export const HUGE_RESULTS = [
  ['a 1,000,000-element array', 'return Array.from({ length: 1e6 }, (_, i) => i);'],
  ['a sparse array of length 2^32 - 1', 'const a = []; a[2 ** 32 - 2] = 1; return a;'],
  [
    'an object with 200,000 keys',
    'const o = {}; for (let i = 0; i < 2e5; i++) o["k" + i] = i; return o;',
  ],
  ['a 5,000,000-character string', 'return "x".repeat(5e6);'],
  ['100,000 small objects', 'return Array.from({ length: 1e5 }, (_, i) => ({ a: i }));'],
];

/**
 * Runs `function <entry>(...) { <body> }` for each probe and returns the longest main-thread
 * task seen between the click and the painted results, per probe (0 when no task was long).
 */
export async function longestTasks(page, entry, summaryPattern) {
  const out = [];
  for (const [what, body] of HUGE_RESULTS) {
    await setCode(page, `function ${entry}() {\n${body}\n}\n`);
    await page.evaluate(() => {
      window.__longestTask = 0;
      window.__longTasks?.disconnect();
      window.__longTasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longestTask = Math.max(window.__longestTask, e.duration);
      });
      window.__longTasks.observe({ type: 'longtask' });
    });
    await steps(page, [{ click: 'Run', match: summaryPattern }], 20_000);
    // Long-task entries are delivered after the task: give the observer a frame.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
    );
    out.push({ what, ms: await page.evaluate(() => window.__longestTask) });
  }
  return out;
}
