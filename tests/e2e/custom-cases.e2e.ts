import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { runAndWatch } from './support/results';
import { estimateAndReveal } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/** The candidate's own test cases on two-sum: reference answer, Run, reload, bad input. */
describe('custom test cases, in Chromium', () => {
  const session = useBrowser();

  it('adds a case with the reference answer, runs it, keeps it after a reload, refuses bad JSON', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    const panel = page.getByRole('region', { name: 'Your test cases' });
    await panel.getByRole('button', { name: 'Add test case' }).click();
    const form = page.getByRole('form', { name: 'New test case' });

    // Not JSON: refused with a message naming the argument, nothing saved.
    await form.getByLabel('nums').fill('[3, 2,');
    await form.getByLabel('target').fill('6');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/^nums: not valid JSON/);
    // The wrong type: refused as well.
    await form.getByLabel('nums').fill('"3,2,4"');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await expect
      .poll(() => form.getByRole('alert').innerText())
      .toMatch(/nums: expected number\[\]/);
    expect(await panel.getByRole('listitem').count()).toBe(0);

    await form.getByLabel('nums').fill('[1, 5, 9, 4]');
    await form.getByLabel('target').fill('13');
    await form.getByRole('button', { name: 'Save test case' }).click();
    const item = panel.getByRole('listitem', { name: 'Custom 1' });
    await expect
      .poll(() => item.innerText(), { timeout: 30_000 })
      .toContain('Expected (reference): [2,3]');

    // The starter returns nothing: Run shows the custom case failing.
    const starterRun = await runAndWatch(page, { click: 'Run' });
    expect(starterRun.text).toMatch(/failed/);
    await expect.poll(() => item.innerText()).toMatch(/Failed|Error/);

    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    const solvedRun = await runAndWatch(page, { click: 'Run' });
    expect(solvedRun.text).toMatch(/ 0 failed/);
    await expect.poll(() => item.innerText()).toContain('Passed');

    await page.reload();
    await expect
      .poll(() => page.getByRole('listitem', { name: 'Custom 1' }).innerText(), { timeout: 30_000 })
      .toContain('nums = [1,5,9,4], target = 13');
  });

  it('in a timed round: Add test case, the reference’s answer shown, run with Run, kept on reload', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    await page.getByRole('button', { name: 'Start round', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Start a round: / });
    await dialog.getByRole('radio', { name: /Timed/ }).check();
    await dialog.getByRole('button', { name: 'Start round', exact: true }).click();
    await page.waitForURL(/\/round$/);
    await page.getByRole('button', { name: 'Start coding', exact: true }).click();

    const panel = page.getByRole('region', { name: 'Your test cases' });
    // The problem page's own cases are not the round's: the round starts with none.
    expect(await panel.getByRole('listitem').count()).toBe(0);
    await panel.getByRole('button', { name: 'Add test case' }).click();
    const form = page.getByRole('form', { name: 'New test case' });
    await form.getByLabel('nums').fill('[3, 3]');
    await form.getByLabel('target').fill('6,');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/^target: not valid JSON/);
    await form.getByLabel('target').fill('6');
    await form.getByRole('button', { name: 'Save test case' }).click();
    const item = panel.getByRole('listitem', { name: 'Custom 1' });
    // Shown before the reveal, as LeetCode and HackerRank show the expected output of custom input.
    await expect
      .poll(() => item.innerText(), { timeout: 30_000 })
      .toContain('Expected (reference): [0,1]');

    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => item.innerText(), { timeout: 30_000 }).toContain('Passed');
    await page.getByText('1 run so far').waitFor();

    // Kept in the round (persisted with it): a reload lands on the same case.
    await page.reload();
    await expect
      .poll(() => page.getByRole('listitem', { name: 'Custom 1' }).innerText(), { timeout: 30_000 })
      .toContain('nums = [3,3], target = 6');

    // Saved with the round: History's page of the round lists the case, apart from the problem's,
    // with the reference's answer and what the code got on it at its last Run.
    await page.getByRole('button', { name: "I'm done", exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'End coding now?' });
    await confirm.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
    await estimateAndReveal(page, { time: 'O(n)', space: 'O(n)' });
    await page.getByRole('button', { name: 'Continue to recap', exact: true }).click();
    await page.getByRole('radio', { name: '4 · Good' }).check();
    await page.getByRole('button', { name: 'Save recap', exact: true }).click();
    await page.waitForURL(appUrl('/rounds'));
    await page.goto(appUrl('/history'));
    await page.getByRole('link', { name: 'Two Sum' }).first().click();
    const saved = page.getByRole('list', { name: 'Your test cases' });
    const savedCase = saved.getByRole('listitem', { name: 'Custom 1' });
    await expect
      .poll(() => savedCase.innerText(), { timeout: 30_000 })
      .toContain('nums = [3,3], target = 6');
    const text = await savedCase.innerText();
    expect(text).toContain('Expected (reference): [0,1]');
    expect(text).toMatch(/Last run \(\d\d:\d\d\): Passed · got \[0,1\]/);
  });

  itStayedLocalAndQuiet(session);
});
