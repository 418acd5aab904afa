import { describe, expect, it } from 'vitest';
import { renderersResidentMb } from '../../scripts/bench/renderer-processes.mjs';
import { setEditorCode } from './support/editor';
import { caseCounts, openProblem } from './support/problem-page';
import { budgetMs, readProblemFile } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const BUDGET = budgetMs('two-sum');
const counts = caseCounts(
  JSON.parse(readProblemFile('two-sum', 'tests.json')) as { cases: { hidden: boolean }[] },
);
// Allocates 32 MB at a time and touches every page of it, keeping everything: without a limit
// it takes all the memory it can get (several GB within the budget on a 2-core machine).
const BOMB = `function twoSum(nums, target) {
  const keep = [];
  for (;;) { const chunk = new Uint8Array(32 * 1024 * 1024); for (let i = 0; i < chunk.length; i += 4096) chunk[i] = 1; keep.push(chunk); }
}
`;
// Whichever limit stops it first: the time budget, the engine refusing an allocation, or the
// sandbox process being ended. Each is a verdict the candidate can read.
const STOPPED =
  /time budget exceeded|time limit exceeded|allocation failed|out of memory|process has ended/i;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a memory bomb', () => {
  const session = useBrowser();

  it('is stopped with a clear verdict, the page stays responsive and its memory is given back', async () => {
    const { page, profile } = session();
    await openProblem(page, 'two-sum', 'js');
    await setEditorCode(page, BOMB);
    await sleep(500); // let the warm sandbox settle before taking the baseline
    const baseline = renderersResidentMb(profile);

    // The app page's longest task while the bomb runs in the sandbox process.
    await page.evaluate(() => {
      const w = window as unknown as { longestTaskMs: number };
      w.longestTaskMs = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.longestTaskMs = Math.max(w.longestTaskMs, entry.duration);
      }).observe({ type: 'longtask' });
    });
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, renderersResidentMb(profile));
    }, 50);
    const outcome = await runAndWatch(page, { click: 'Run' }, STOPPED, BUDGET + 10_000).finally(
      () => clearInterval(sampler),
    );
    expect(outcome.ms).toBeLessThanOrEqual(BUDGET + 500);
    // The bomb really took memory (so the release below is the sandbox ending, not a dud). How
    // much it gets within the budget depends on the machine's load: 160–800 MB seen here.
    const taken = peak - baseline;
    expect(taken).toBeGreaterThan(100);

    await sleep(1_500);
    const after = renderersResidentMb(profile);
    // Most of it is given back: the process that held it is gone (the next sandbox is new).
    expect(after - baseline).toBeLessThan(taken / 2);
    // The sandbox is another process: the app's own thread never waited on the bomb. The bound
    // is loose for a loaded CI machine; `npm run bench` holds the 50 ms target.
    const longest = await page.evaluate(
      () => (window as unknown as { longestTaskMs: number }).longestTaskMs,
    );
    expect(longest).toBeLessThan(250);
  });

  it('leaves a clean sandbox: the next Run with correct code passes', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 10_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: counts.visible, failed: 0 });
  });

  itStayedLocalAndQuiet(session);
});
