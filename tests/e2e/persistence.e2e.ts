import { describe, expect, it } from 'vitest';
import { normalizeCode, readEditorCode, setEditorCode, waitForEditor } from './support/editor';
import { openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const TYPED = `function twoSum(nums, target) {\n// draft ${Date.now()}\nreturn [0, 1];\n}\n`;

describe('draft persistence', () => {
  const session = useBrowser();

  it('keeps the typed code across a reload', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    await setEditorCode(page, TYPED);
    // Reloaded at once, before the buffered write is due: what was typed must survive.
    await page.reload();
    await waitForEditor(page);
    expect(normalizeCode(await readEditorCode(page))).toBe(normalizeCode(TYPED));
  });

  it('"Reset to starter" asks first; Cancel keeps the draft', async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Reset to starter', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(normalizeCode(await readEditorCode(page))).toBe(normalizeCode(TYPED));
  });

  it('"Reset to starter" brings back the starter code, and that survives a reload too', async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Reset to starter', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const starter = normalizeCode(readProblemFile('two-sum', 'starter.js'));
    await expect.poll(async () => normalizeCode(await readEditorCode(page))).toBe(starter);
    await page.reload();
    await waitForEditor(page);
    expect(normalizeCode(await readEditorCode(page))).toBe(starter);
  });

  itStayedLocalAndQuiet(session);
});
