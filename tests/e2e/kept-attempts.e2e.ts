import { describe, expect, it } from 'vitest';
import { setEditorCode, waitForEditor } from './support/editor';
import { openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { resultsRegion, SUMMARY } from './support/results';
import { seriousViolations, startRound } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SLUG = 'two-sum';
/** Passes the visible tests but not all: one pair is read twice. */
const WRONG = readProblemFile(SLUG, 'wrong/reuses-same-element.js');
const REFERENCE = readProblemFile(SLUG, 'solution.js');

describe('every attempt is kept', () => {
  const session = useBrowser();

  it('the bank marks a problem not tried, then attempted, then solved after a passing Submit', async () => {
    const { page } = session();
    const mark = async () => {
      await page.goto(appUrl('/'));
      const item = page.getByRole('listitem').filter({
        has: page.getByRole('link', { name: 'Two Sum', exact: true }),
      });
      await item.locator('.problem-status').waitFor();
      return item.locator('.problem-status').innerText();
    };
    expect(await mark()).toBe('Not tried');

    await openProblem(page, SLUG, 'js');
    await setEditorCode(page, WRONG);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const progress = page.getByRole('region', { name: /^Your submissions/ });
    await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toMatch(/Attempted/);
    expect(await mark()).toBe('Attempted');

    await openProblem(page, SLUG, 'js');
    await setEditorCode(page, REFERENCE);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toMatch(/Solved/);
    // Both Submits are listed, newest first, with their verdicts.
    const items = await progress.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/JavaScript · Passed all \d+ tests/);
    expect(items[1]).toMatch(/JavaScript · \d+ of \d+ tests passed/);
    expect(await mark()).toBe('Solved');
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  it('a reload after a Run on the problem page keeps its results', async () => {
    const { page } = session();
    await openProblem(page, SLUG, 'js');
    await setEditorCode(page, WRONG);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => resultsRegion(page).innerText(), { timeout: 30_000 }).toMatch(SUMMARY);
    const before = await resultsRegion(page).innerText();
    await page.reload();
    await waitForEditor(page);
    await expect.poll(() => resultsRegion(page).innerText()).toMatch(SUMMARY);
    expect((await resultsRegion(page).innerText()).match(SUMMARY)?.[0]).toBe(
      before.match(SUMMARY)?.[0],
    );
  }, 60_000);

  it('a reload after a Run mid-round keeps its results', async () => {
    const { page } = session();
    await startRound(page, SLUG, 'Practice');
    await page.getByRole('button', { name: 'Start coding', exact: true }).click();
    await setEditorCode(page, REFERENCE);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => resultsRegion(page).innerText(), { timeout: 30_000 })
      .toMatch(/passed, 0 failed/);
    await page.reload();
    await waitForEditor(page);
    await expect.poll(() => resultsRegion(page).innerText()).toMatch(/passed, 0 failed/);
    expect(await page.getByRole('button', { name: "I'm done", exact: true }).isVisible()).toBe(
      true,
    );
  }, 90_000);

  itStayedLocalAndQuiet(session);
});
