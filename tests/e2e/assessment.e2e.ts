import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  focusEditor,
  normalizeCode,
  readEditorCode,
  setEditorCode,
  waitForEditor,
} from './support/editor';
import { caseCounts } from './support/problem-page';
import { readProblemFile, readProblemMeta } from './support/problems';
import { installClock, seriousViolations } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SLUGS = ['two-sum', 'contains-duplicate'] as const;
const meta = SLUGS.map((slug) => readProblemMeta(slug));
const counts = SLUGS.map((slug) =>
  caseCounts(JSON.parse(readProblemFile(slug, 'tests.json')) as { cases: { hidden: boolean }[] }),
);
const SOLUTION = readProblemFile('two-sum', 'solution.js');
const WRONG = 'function containsDuplicate(nums) {\n// assessment draft\nreturn false;\n}\n';

/** /assessment/new → pick both problems, 5 minutes, the options → Start → /assessment. */
async function startAssessment(page: Page, options: { blockPaste?: boolean } = {}): Promise<void> {
  await page.goto(appUrl('/assessment/new'));
  await page.getByRole('radio', { name: 'Pick 2–4 problems' }).check();
  for (const m of meta)
    await page.getByRole('checkbox', { name: new RegExp(`^${m.title} \\(`) }).check();
  await page.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('5');
  if (options.blockPaste) await page.getByRole('checkbox', { name: 'Block paste' }).check();
  await page.getByText(/When time runs out, each problem's code/).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Start assessment', exact: true }).click();
  await page.waitForURL(appUrl('/assessment'));
  await waitForEditor(page);
}

describe('the automated assessment', () => {
  const session = useBrowser();

  it('auto-submits both problems when the one countdown reaches zero, then scores them', async () => {
    const { page } = session();
    await installClock(page);
    await startAssessment(page);
    await setEditorCode(page, SOLUTION);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^2\. Contains Duplicate/ }).click();
    await page.getByRole('heading', { name: 'Contains Duplicate' }).first().waitFor();
    await setEditorCode(page, WRONG);
    await page.getByRole('button', { name: /^1\. Two Sum/ }).click();
    await expect
      .poll(async () => normalizeCode(await readEditorCode(page)))
      .toBe(normalizeCode(SOLUTION));

    await page.clock.fastForward('05:01');
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();
    await page.getByText(/Time ran out: every problem's code was submitted/).waitFor();
    for (const select of await page.getByRole('combobox').all()) await select.selectOption('O(n)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reveal results', exact: true }).click();

    const [a, b] = counts;
    const hidden = (c: typeof a) => (c ? c.all - c.visible : 0);
    await page
      .getByText(
        `${a?.visible} of ${a?.visible} visible and ${hidden(a)} of ${hidden(a)} hidden tests passed`,
      )
      .waitFor({ timeout: 30_000 });
    await page
      .getByRole('region', { name: 'Results: Contains Duplicate' })
      .getByText(/of \d+ visible and/)
      .first()
      .waitFor({ timeout: 30_000 });
    const second = await page
      .getByRole('region', { name: 'Results: Contains Duplicate' })
      .getByText(/visible and/)
      .first()
      .innerText();
    expect(second).not.toBe(
      `${b?.visible} of ${b?.visible} visible and ${hidden(b)} of ${hidden(b)} hidden tests passed`,
    );

    await page.getByRole('button', { name: 'See the scorecard', exact: true }).click();
    const rows = page.getByRole('row');
    expect(await rows.nth(1).innerText()).toContain('Two Sum');
    expect(await rows.nth(1).innerText()).toContain(`${a?.visible} of ${a?.visible}`);
    await page.getByText(/Time used: 05:00 of 05:00 \(time ran out\)/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Assessment saved.').waitFor();
  });

  it('refuses a paste with a notice and counts it when Block paste is on', async () => {
    const { page } = session();
    await startAssessment(page, { blockPaste: true });
    await page.getByText('Paste is blocked.').waitFor();
    const before = normalizeCode(await readEditorCode(page));
    await focusEditor(page);
    await page.evaluate(() => navigator.clipboard.writeText('const pasted = 42;'));
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ControlOrMeta+V');
    await page
      .getByRole('alert')
      .getByText(/Paste is blocked.*\(1 so far\)/)
      .waitFor();
    await page.waitForTimeout(300);
    expect(normalizeCode(await readEditorCode(page))).toBe(before);
    expect(normalizeCode(await readEditorCode(page))).not.toContain('pasted');

    await page.getByRole('button', { name: 'Finish assessment', exact: true }).click();
    await page.getByRole('button', { name: 'Finish now', exact: true }).click();
    for (const select of await page.getByRole('combobox').all()) await select.selectOption('O(n)');
    await page.getByRole('button', { name: 'Reveal results', exact: true }).click();
    await page
      .getByRole('button', { name: 'See the scorecard', exact: true })
      .click({ timeout: 30_000 });
    await page.getByText(/Paste attempts: 1 \(at 00:\d\d\)/).waitFor();
  });

  itStayedLocalAndQuiet(session);
});
