import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { revealed } from '../../src/domain/assessment/assessment.fixture';
import type { Assessment } from '../../src/domain/assessment/assessment.schema';
import { createExportBundle, serializeExportBundle } from '../../src/domain/history/export-bundle';
import { seriousViolations } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const downloads = mkdtempSync(path.join(tmpdir(), 'mockround-assessment-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

/** A finished two-problem assessment (two-sum, group-anagrams) as the app saves it. */
const SAVED: Assessment = {
  ...revealed(),
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

  it('shows in History, opens as its own page, and survives export → import', async () => {
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
    expect(await page.getByText('No saved rounds yet').count()).toBe(0);

    await assessmentsList(page).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(3);
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
  }, 90_000);

  itStayedLocalAndQuiet(session);
});
