// Playwright-side helpers for the bench (the e2e suite has typed twins in tests/e2e/support).
import { reachForEditor } from './first-load.mjs';
import { watchSteps } from './in-page.mjs';

/** Opens a problem page, reaches for the editor and waits until Monaco has painted and Run is enabled. */
export async function openProblem(page, baseUrl, slug) {
  await page.goto(`${baseUrl}/problems/${slug}`);
  await reachForEditor(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('js');
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
}

/**
 * Replaces the editor text by a clipboard paste: Monaco's EditContext input treats
 * keyboard.insertText() as typing (auto-closed braces, re-indentation); a paste is verbatim.
 * The context must have been granted clipboard-read/clipboard-write for the origin.
 */
export async function setCode(page, code) {
  await page.bringToFront(); // the async clipboard API needs a focused document
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('ControlOrMeta+V');
  const squash = (text) => text.replace(/\s+/g, '');
  const deadline = Date.now() + 5_000;
  for (;;) {
    const shown = await readCode(page);
    if (squash(shown) === squash(code)) break;
    if (Date.now() > deadline) throw new Error(`the editor shows\n${shown}\ninstead of\n${code}`);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(400); // let the ~300 ms autosave settle before timing anything
}

/** The editor text as painted (visible lines only, ordered by their `top`). */
function readCode(page) {
  return page
    .locator('.monaco-editor .view-lines')
    .first()
    .evaluate((root) =>
      Array.from(root.querySelectorAll('.view-line'))
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n'),
    );
}

/** The app's run marks (RUN_MARKS in src/runner/run-timing.ts). */
const RUN_MARKS = { posted: 'mockround:run-posted', replied: 'mockround:run-replied' };

/** Runs watchSteps (in-page) on the Results region. */
export function steps(page, list, timeoutMs = 15_000) {
  return page
    .getByRole('region', { name: 'Results' })
    .evaluate(watchSteps, { steps: list, timeoutMs, marks: RUN_MARKS });
}
