import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRound } from '../../src/domain/history/round.fixture';
import { createExportBundle, serializeExportBundle } from '../../src/domain/history/export-bundle';
import { setEditorCode } from './support/editor';
import { focusedName } from './support/keyboard';
import { allViolations } from './support/layout-checks';
import { readProblemFile, readProblemMeta } from './support/problems';
import { estimateAndReveal, seriousViolations, startRound } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SLUG = 'two-sum';
const meta = readProblemMeta(SLUG) as ReturnType<typeof readProblemMeta> & {
  complexity: { time: string; space: string };
};
const SOLUTION = readProblemFile(SLUG, 'solution.js');
const MARKER = `history e2e ${Date.now()}`;
const downloads = mkdtempSync(path.join(tmpdir(), 'mockround-history-'));

/** A practice round on Two Sum, from Start round to a saved recap whose "went well" is MARKER. */
async function finishRound(page: Page): Promise<void> {
  await startRound(page, SLUG, 'Practice');
  await page.getByRole('button', { name: 'Start coding', exact: true }).click();
  await setEditorCode(page, SOLUTION);
  await page.getByRole('button', { name: "I'm done", exact: true }).click();
  await page.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
  await estimateAndReveal(page, meta.complexity);
  await page.getByRole('button', { name: 'Continue to recap', exact: true }).click();
  await page.getByRole('textbox', { name: 'What went well?' }).fill(MARKER);
  await page.getByRole('radio', { name: '4 · Good' }).check();
  await page.getByRole('button', { name: 'Save recap', exact: true }).click();
  await page.waitForURL(appUrl('/rounds'));
}

/** Opens History from the main navigation and returns the saved rounds' rows. */
async function openHistory(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .click();
  await page.waitForURL(appUrl('/history'));
  await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await page
    .getByText(/^\d+ rounds?$|^No saved rounds yet/)
    .first()
    .waitFor();
  return page.getByRole('list', { name: 'Saved rounds' }).getByRole('listitem');
}

/** Deletes the app's IndexedDB databases; they go once the page's open connections close (reload). */
async function clearData(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      ['mockround-records', 'mockround-app-state'].map(
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
  await page.reload();
}

describe('history, export and import', () => {
  const session = useBrowser();
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

  it('finds a finished round in History, and gets it back after export, clear and import', async () => {
    const { page } = session();
    await finishRound(page);

    const rows = await openHistory(page);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/Two Sum[\s\S]*Practice[\s\S]*Passed/);
    expect(await seriousViolations(page)).toEqual([]);
    await rows.first().getByRole('link', { name: meta.title }).click();
    await page.waitForURL(/\/history\/[^/]+$/);
    const roundUrl = page.url();
    await page.getByText(MARKER).waitFor();
    await page
      .getByText('Every line of your code also appears in the reference solution.')
      .waitFor();
    await page.locator('.monaco-diff-editor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();
    await page.waitForURL(appUrl('/history'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all data', exact: true }).click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as { format: string; rounds: unknown[] };
    expect(bundle.format).toBe('mockround-export');
    expect(bundle.rounds).toHaveLength(1);

    await clearData(page);
    await page.getByText('No saved rounds yet').waitFor();
    await page.goto(roundUrl);
    await page.getByRole('heading', { level: 1, name: 'Round not found' }).waitFor();

    await page.goto(appUrl('/history'));
    await page.getByText('No saved rounds yet').waitFor();
    await page.getByLabel('Import data').setInputFiles(file);
    await page.getByText(/1 added, 0 updated, 0 unchanged/).waitFor();
    expect(await (await openHistory(page)).count()).toBe(1);

    await page.goto(roundUrl);
    await page.getByText(MARKER).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(meta.title);
  });

  it('a bad import file is refused with a message and changes nothing', async () => {
    const { page } = session();
    await page.goto(appUrl('/history'));
    await page.getByText('1 round', { exact: true }).waitFor();
    await page.getByLabel('Import data').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "mockround-export", "version": 1, "rounds": [{"id": 3}]'),
    });
    expect(await page.getByRole('alert').innerText()).toContain(
      'broken.json: (root): not valid JSON',
    );
    await page.reload();
    await page.getByText('1 round', { exact: true }).waitFor();
  });

  it('shows the progress dashboard with a suggestion', async () => {
    const { page } = session();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    await page.getByRole('heading', { name: 'Attempts per week' }).waitFor();
    expect(await page.getByRole('region', { name: 'What next' }).getByRole('link').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a saved round's code highlighted by Monaco, diffed against the reference, keyboard-leavable", async () => {
    const { page } = session();
    const base = makeRound({ id: 'e2e-diff-py', slug: SLUG, at: Date.now() - 86_400_000 });
    const python = {
      ...base,
      language: 'py' as const,
      code: readProblemFile(SLUG, 'solution.py').replace(/\n\s*return[^\n]*/, '\n    return []'),
    };
    await page.goto(appUrl('/history'));
    await page.getByLabel('Import data').setInputFiles({
      name: 'python-round.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeExportBundle(createExportBundle([python], Date.now()))),
    });
    await page.getByText(/1 added/).waitFor();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 850 });
      await page.goto(appUrl('/history/e2e-diff-py'));
      await page
        .getByText(/^\d+ of your lines differ from the reference solution \(marked\)\.$/)
        .waitFor();
      const diff = page.locator('.monaco-diff-editor');
      await diff.locator('.line-insert, .line-delete').first().waitFor();
      // Highlighted by Monaco's Python tokenizer: keywords and names carry different token classes.
      const tokens = await diff
        .locator('.view-line span[class^="mtk"]')
        .evaluateAll((spans) => new Set(spans.map((s) => s.className)).size);
      expect(tokens).toBeGreaterThan(2);
      expect(
        await diff.getByRole('textbox', { name: /^Your final code \(py\), read-only/ }).count(),
      ).toBe(1);
      // Side by side with room; Monaco's inline view on a phone.
      expect(await diff.evaluate((el) => el.classList.contains('side-by-side'))).toBe(width > 900);
      expect(await allViolations(page)).toEqual([]);
    }
    // Keyboard: into the diff, Escape then Tab leaves it for the next control.
    await page.getByRole('textbox', { name: /^Your final code \(py\), read-only/ }).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.monaco-diff-editor') === null),
    ).toBe(true);
    expect(await focusedName(page)).not.toBe('');
  });

  itStayedLocalAndQuiet(session);
});
