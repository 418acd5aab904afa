import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readEditorCode, setEditorCode, waitForEditor } from './support/editor';
import { caseCounts, openProblem } from './support/problem-page';
import { readProblemFile, readProblemMeta } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { appUrl } from './support/server';
import { pageNow, savedActiveRound, seriousViolations } from './support/round';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SLUG = 'two-sum';
const meta = readProblemMeta(SLUG) as ReturnType<typeof readProblemMeta> & {
  timeLimitMinutes: number;
  complexity: { time: string; space: string };
};
const counts = caseCounts(
  JSON.parse(readProblemFile(SLUG, 'tests.json')) as { cases: { hidden: boolean }[] },
);
const SOLUTION = readProblemFile(SLUG, 'solution.py');
const DURATION_MS = meta.timeLimitMinutes * 60_000;
/** Python's WebAssembly is held back this long, so loading takes a known, visible time. */
const HOLD_MS = 4_000;
const FIRST_LOAD_MS = 90_000;

/** Holds back Pyodide's WebAssembly (fetched by the page) by HOLD_MS; returns the undo. */
async function slowPython(page: Page): Promise<() => Promise<void>> {
  const pattern = /pyodide\.asm[^/]*\.wasm$/;
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.continue();
  });
  return () => page.unroute(pattern);
}

const pythonStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Loading Python…' });

describe('a Python round from Start round to a saved recap', () => {
  const session = useBrowser();

  it('the clock starts once Python has loaded: the dialog says so while it waits', async () => {
    const { page } = session();
    await openProblem(page, SLUG, 'js'); // Python is not loaded yet
    const undo = await slowPython(page);
    await page.getByRole('button', { name: 'Start round', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Start a round: / });
    await dialog.getByRole('radio', { name: /Practice/ }).check();
    await dialog.getByRole('combobox', { name: 'Language', exact: true }).selectOption('py');
    expect(await dialog.getByText(/In Python it starts once Python has loaded/).count()).toBe(1);
    const clickedAt = await pageNow(page);
    await dialog.getByRole('button', { name: 'Start round', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Loading Python… The clock starts once it is ready.' })
      .waitFor({ timeout: 5_000 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.waitForURL(appUrl('/round'), { timeout: FIRST_LOAD_MS });
    await page.getByRole('heading', { name: 'Brief', exact: true }).waitFor();
    const round = await savedActiveRound(page);
    // Started after the held-back load, not at the click: loading was not the candidate's time.
    const startedAfterClick = (round?.deadline ?? 0) - DURATION_MS - clickedAt;
    expect(startedAfterClick).toBeGreaterThan(HOLD_MS / 2);
    console.log(`e2e python round: the clock started ${startedAfterClick} ms after Start round`);
    // Python is ready: the round page has nothing to announce.
    expect(await pythonStatus(page).count()).toBe(0);
    await undo();
  });

  it('codes in Python: the Python starter, Run passes the visible tests, the run is counted', async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Start coding', exact: true }).click();
    await waitForEditor(page);
    expect(await readEditorCode(page)).toContain('def two_sum(');
    expect(await page.getByRole('group', { name: 'Round code actions' }).innerText()).toContain(
      'Python',
    );
    await setEditorCode(page, SOLUTION);
    const run = await runAndWatch(page, { click: 'Run' }, undefined, 30_000);
    expect(parseSummary(run.text)).toEqual({ passed: counts.visible, failed: 0 });
    await page.getByText('1 run so far').waitFor();
  });

  it('after a reload the round page says "Loading Python…" while the clock runs on, then Run works', async () => {
    const { page } = session();
    await expect.poll(async () => (await savedActiveRound(page))?.code).toContain('return');
    const deadline = (await savedActiveRound(page))?.deadline;
    const undo = await slowPython(page);
    await page.reload();
    await waitForEditor(page);
    const status = pythonStatus(page);
    await status.waitFor({ timeout: 10_000 });
    expect(await status.innerText()).toContain('the round’s clock keeps running');
    expect(await page.getByRole('timer', { name: 'Time left' }).count()).toBe(1);
    await status.waitFor({ state: 'detached', timeout: FIRST_LOAD_MS });
    expect((await savedActiveRound(page))?.deadline).toBe(deadline);
    await undo();
    const run = await runAndWatch(page, { click: 'Run' }, undefined, 30_000);
    expect(parseSummary(run.text)).toEqual({ passed: counts.visible, failed: 0 });
  });

  it('estimate, reveal (hidden tests in Python, the Python reference shown), recap, saved', async () => {
    const { page } = session();
    await page.getByRole('button', { name: "I'm done", exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'End coding now?' });
    await confirm.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Time complexity', exact: true })
      .selectOption(meta.complexity.time);
    await page
      .getByRole('combobox', { name: 'Space complexity', exact: true })
      .selectOption(meta.complexity.space);
    await page.getByRole('button', { name: 'Reveal results', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Round results' }).waitFor();
    await page
      .getByText(`${counts.all} of ${counts.all} tests passed`)
      .waitFor({ timeout: 30_000 });
    const reference = await page.getByLabel('Reference solution code').innerText();
    expect(reference).toContain('def two_sum(');
    await page
      .getByRole('region', { name: 'Is your estimate right about your code?' })
      .getByRole('group', { name: /space estimate right about your code/ })
      .getByRole('radio', { name: 'Right', exact: true })
      .check();
    await page.getByRole('radio', { name: 'Correct', exact: true }).check();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Continue to recap', exact: true }).click();
    await page.getByRole('textbox', { name: 'What went well?' }).fill('Python dict lookups');
    await page.getByRole('textbox', { name: 'What could have gone better?' }).fill('Naming');
    await page
      .getByRole('textbox', { name: 'What will you do to prepare for the next one?' })
      .fill('Another Python round');
    await page.getByRole('radio', { name: '4 · Good' }).check();
    await page.getByRole('button', { name: 'Save recap', exact: true }).click();

    await page.waitForURL(appUrl('/rounds'));
    await page.getByText('Round saved.', { exact: false }).waitFor();
    await expect.poll(() => savedActiveRound(page)).toBeNull();
    const first = page.getByRole('list', { name: 'Past rounds' }).getByRole('listitem').first();
    expect(await first.innerText()).toContain(meta.title);
  });

  itStayedLocalAndQuiet(session);
});
