import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { caseCounts, openProblem } from './support/problem-page';
import { budgetMs, readProblemFile } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const BUDGET = budgetMs('two-sum');
const counts = caseCounts(
  JSON.parse(readProblemFile('two-sum', 'tests.json')) as { cases: { hidden: boolean }[] },
);
const INFINITE = 'function twoSum(nums, target) {\nwhile (true) {}\n}\n';
const TIMED_OUT = /time budget exceeded|time limit exceeded/i;

describe('runaway code', () => {
  const session = useBrowser();

  it(`gets a time-out verdict within the ${BUDGET} ms budget + 0.5 s of the Run click`, async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    await setEditorCode(page, INFINITE);
    const outcome = await runAndWatch(page, { click: 'Run' }, TIMED_OUT, BUDGET + 10_000);
    expect(outcome.ms).toBeGreaterThanOrEqual(BUDGET - 100);
    expect(outcome.ms).toBeLessThanOrEqual(BUDGET + 500);
  });

  it('passes the next run with correct code (the runner respawned)', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 5_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: counts.visible, failed: 0 });
  });

  it('times out on Submit too, within budget + 0.5 s', async () => {
    const { page } = session();
    await setEditorCode(page, INFINITE);
    const outcome = await runAndWatch(page, { click: 'Submit' }, TIMED_OUT, BUDGET + 10_000);
    expect(outcome.ms).toBeLessThanOrEqual(BUDGET + 500);
  });

  it('Stop ends a runaway run well before the budget', async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForTimeout(300);
    const outcome = await runAndWatch(page, { click: 'Stop' }, /stopped/i, BUDGET + 5_000);
    // Typically ~20 ms; 1 s leaves room for a loaded CI machine and still ends the run
    // (started 300 ms earlier) before the 2 s budget would have.
    expect(outcome.ms).toBeLessThan(1_000);
  });

  itStayedLocalAndQuiet(session);
});
