import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { play, revealed, T0 } from '../../src/domain/assessment/assessment.fixture';
import type { Assessment } from '../../src/domain/assessment/assessment.schema';
import { createExportBundle, serializeExportBundle } from '../../src/domain/history/export-bundle';
import { setEditorCode, waitForEditor } from './support/editor';
import { readProblemFile, readProblemMeta } from './support/problems';
import { allViolations } from './support/layout-checks';
import { seriousViolations } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const downloads = mkdtempSync(path.join(tmpdir(), 'mockround-assessment-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const passing = {
  status: 'done',
  visible: { passed: 2, total: 2 },
  hidden: { passed: 3, total: 3 },
};
const grew = (best: string) => ({ best, confidence: 0.8, points: [], atMs: 0 });

/**
 * A finished two-problem assessment as the app saves it: both estimated O(n); two-sum's code
 * measured O(n) (right), group-anagrams' O(n²) (wrong).
 */
const SAVED: Assessment = {
  ...play(revealed(), [
    [{ type: 'record-result', index: 0, result: passing }, T0],
    [{ type: 'record-result', index: 1, result: passing }, T0],
    [{ type: 'set-measured', index: 0, measured: grew('n') }, T0],
    [{ type: 'set-measured', index: 1, measured: grew('n^2') }, T0],
  ]),
  phase: 'saved',
  id: 'e2e-assessment',
  savedAt: Date.now(),
};

const assessmentsList = (page: Page) => page.getByRole('list', { name: 'Saved assessments' });

async function deleteAllData(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      ['mockround-records', 'mockround-assessments', 'mockround-submissions'].map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onblocked = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      ),
    ),
  );
}

describe('a saved assessment is kept', () => {
  const session = useBrowser();

  it('shows in History, opens as its own page, survives export → import, and appears in Calibration', async () => {
    const { page } = session();
    await page.goto(appUrl('/history'));
    await page.getByText('No saved assessments yet').waitFor();
    await page.getByLabel('Import data').setInputFiles({
      name: 'with-assessment.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        serializeExportBundle(
          createExportBundle([], Date.now(), undefined, { assessments: [SAVED] }),
        ),
      ),
    });
    await page.getByText(/assessments 1 added, 0 updated, 0 unchanged/).waitFor();
    await assessmentsList(page).getByRole('listitem').first().waitFor();
    expect(await assessmentsList(page).innerText()).toContain('Two Sum');

    // Only assessments: the rounds part goes away.
    await page.getByRole('combobox', { name: 'Show' }).selectOption('assessments');
    await page.waitForURL(/show=assessments/);
    // The page re-renders a moment after the URL changes: wait for the rounds part to go.
    await expect.poll(() => page.getByText('No saved rounds yet').count()).toBe(0);

    await assessmentsList(page).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(3);
    await page
      .getByText(/Time: Right about your code \(measured O\(n\), 80 % confidence\)/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to History' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all data', exact: true }).click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      assessments: { id: string }[];
    };
    expect(bundle.version).toBe(2);
    expect(bundle.assessments.map((a) => a.id)).toEqual([SAVED.id]);

    await deleteAllData(page);
    await page.reload();
    await page.getByText('No saved assessments yet').waitFor();
    await page.getByLabel('Import data').setInputFiles(file);
    await page.getByText(/assessments 1 added/).waitFor();
    await assessmentsList(page).getByRole('listitem').first().waitFor();
    await page.goto(appUrl(`/history/assessments/${SAVED.id}`));
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();

    // Calibration counts each problem like a round, judged against its own code.
    await page.goto(appUrl('/calibration'));
    await page.getByText('Counted with your rounds: 2 problems from 1 saved assessment.').waitFor();
    const timeRight = page.getByText('Time estimates right').locator('..');
    expect(await timeRight.innerText()).toContain('50 % (1 of 2)');
    await page.getByText('For time, you said O(n) when your code was O(n²)').waitFor();
    // Its charts: each a named figure, drawn, with a reading and a table of the same numbers.
    for (const [name, reading] of [
      ['Right estimates per week', /time 50 % \(1 of 2\)/],
      ['Right time estimates by your code’s measured class', /was O\(n²\): 0 % \(0 of 1\)/],
      ['What you said (→ what your code was)', /O\(n\) → O\(n²\), 1 time\./],
    ] as const) {
      const figure = page.getByRole('figure', { name, exact: true });
      await figure.locator('[data-chart-drawn]').waitFor();
      expect(await figure.innerText()).toMatch(reading);
      expect(await figure.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    }
    expect(await allViolations(page)).toEqual([]);

    await page.goto(appUrl('/progress'));
    await page
      .getByText(/^Counted with your rounds: 2 problems from 1 saved assessment,/)
      .waitFor();
    const weekly = page.getByRole('table', { name: 'Attempts per week' });
    expect(await weekly.getByRole('row').count()).toBeGreaterThan(1);
  }, 90_000);

  it('a real assessment measures each submission at the reveal; once saved it counts in Calibration and Progress', async () => {
    const { page } = session();
    await deleteAllData(page);
    await page.goto(appUrl('/assessment/new'));
    await page.getByRole('radio', { name: 'Pick 2–4 problems' }).check();
    for (const slug of ['two-sum', 'contains-duplicate']) {
      const { title } = readProblemMeta(slug);
      await page.getByRole('checkbox', { name: new RegExp(`^${title} \\(`) }).check();
    }
    await page.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('5');
    await page.getByRole('button', { name: 'Start assessment', exact: true }).click();
    await page.waitForURL(appUrl('/assessment'));
    await waitForEditor(page);
    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    await page.getByRole('button', { name: 'Finish assessment', exact: true }).click();
    await page.getByRole('button', { name: 'Finish now', exact: true }).click();
    // No measured class nor reference before the estimates (the gate).
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();
    expect(await page.getByText(/Your code \(measured\)|Measure growth/).count()).toBe(0);
    for (const select of await page.getByRole('combobox').all()) await select.selectOption('O(n)');
    await page.getByRole('button', { name: 'Reveal results', exact: true }).click();

    // Tests first, then each submission's growth in turn (the starter of Contains Duplicate fails).
    await page.getByText('Every submission has run.').waitFor({ timeout: 120_000 });
    for (const title of ['Two Sum', 'Contains Duplicate']) {
      const region = page.getByRole('region', { name: `Results: ${title}` });
      await region
        .getByRole('heading', { name: 'Is your estimate right about your code?' })
        .waitFor();
    }
    const failing = page.getByRole('region', { name: 'Results: Contains Duplicate' });
    await failing.getByText(/Inconclusive: Your code does not pass the tests/).waitFor();
    await failing
      .getByRole('group', { name: 'Your own score: was your time estimate right about your code?' })
      .getByRole('radio', { name: 'Wrong' })
      .check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'See the scorecard', exact: true }).click();
    await page.getByText(/Time: Wrong about your code \(your own score\)/).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Assessment saved.').waitFor();

    await page.goto(appUrl('/history?show=assessments'));
    await assessmentsList(page).getByRole('listitem').first().waitFor();
    await page.goto(appUrl('/calibration'));
    await page.getByText('Counted with your rounds: 2 problems from 1 saved assessment.').waitFor();
    // At least the self-scored one is judged (Two Sum's counts too when its timing was conclusive).
    expect(await page.getByText('Time estimates right').locator('..').innerText()).toMatch(
      /\(\d of [12]\)/,
    );
    await page.goto(appUrl('/progress'));
    await page
      .getByText(/^Counted with your rounds: 2 problems from 1 saved assessment,/)
      .waitFor();
  }, 180_000);

  itStayedLocalAndQuiet(session);
});
