import { describe, expect, it } from 'vitest';
import { readEditorCode, setEditorCode, waitForEditor } from './support/editor';
import { caseCounts } from './support/problem-page';
import { readProblemFile, readProblemMeta } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { seriousViolations } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/** two-sum offers Python; debounce is about JavaScript itself (Jest specs) and stays JavaScript. */
const SLUGS = ['two-sum', 'debounce'] as const;
const meta = SLUGS.map((slug) => readProblemMeta(slug));
const twoSum = caseCounts(
  JSON.parse(readProblemFile('two-sum', 'tests.json')) as { cases: { hidden: boolean }[] },
);
const FIRST_LOAD_MS = 90_000;

describe('an assessment in Python', () => {
  const session = useBrowser();

  it('Python where the problem offers it, JavaScript elsewhere; it starts once Python has loaded', async () => {
    const { page } = session();
    await page.goto(appUrl('/assessment/new'));
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('py');
    await page.getByText(/The clock starts once Python has loaded/).waitFor();
    await page.getByRole('radio', { name: 'Pick 2–4 problems' }).check();
    for (const m of meta)
      await page.getByRole('checkbox', { name: new RegExp(`^${m.title} \\(`) }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start assessment', exact: true }).click();
    await page.waitForURL(appUrl('/assessment'), { timeout: FIRST_LOAD_MS });
    await waitForEditor(page);
    expect(await readEditorCode(page)).toContain('def two_sum(');
    expect(
      await page.getByRole('group', { name: 'Assessment code actions' }).innerText(),
    ).toContain('Python');
  });

  it('Run passes the visible tests with the Python reference', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'solution.py'));
    const run = await runAndWatch(page, { click: 'Run' }, undefined, FIRST_LOAD_MS);
    expect(parseSummary(run.text)).toEqual({ passed: twoSum.visible, failed: 0 });
  });

  it('the JavaScript-only problem is in JavaScript', async () => {
    const { page } = session();
    await page.getByRole('button', { name: new RegExp(`^2\\. ${meta[1]?.title}`) }).click();
    await page.getByRole('heading', { name: meta[1]?.title }).first().waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'Assessment code actions' }).innerText())
      .toContain('JavaScript');
    expect(await readEditorCode(page)).toContain('function debounce');
  });

  itStayedLocalAndQuiet(session);
});
