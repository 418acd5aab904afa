import { describe, expect, it } from 'vitest';
import { normalizeCode, PLAIN_EDITOR, readEditorCode } from './support/editor';
import { readProblemFile } from './support/problems';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const monacoRequests = (requests: string[]) =>
  requests.filter((url) => /\/assets\/(editor\.api|monaco-[^/]*)\.js$/.test(url));
const inMonaco = () => !!document.activeElement?.closest('.monaco-editor');
const TYPED = '// typed while the editor loads abcdefghijklmnopqrstuvwxyz 0123456789 the end';

describe('the problem page shows the code at once and loads Monaco when the editor is reached for', () => {
  const session = useBrowser();

  it('paints the code in a plain editor without fetching Monaco', async () => {
    const { page, requests } = session();
    await page.goto(appUrl('/problems/two-sum'));
    const plain = page.locator(PLAIN_EDITOR);
    await plain.waitFor();
    expect(await plain.inputValue()).toBe(readProblemFile('two-sum', 'starter.js'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1_000);
    expect(monacoRequests(requests)).toEqual([]);
    expect(await page.locator('.monaco-editor').count()).toBe(0);
  });

  it('loses no keystroke typed before, during and after Monaco takes over', async () => {
    const { page, requests } = session();
    await page.goto(appUrl('/problems/two-sum'));
    const plain = page.locator(PLAIN_EDITOR);
    await plain.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    // Typing starts before Monaco is there and goes on while it loads and mounts.
    expect(await page.locator('.monaco-editor').count()).toBe(0);
    await page.keyboard.type(TYPED, { delay: 25 });
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(monacoRequests(requests).length).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(inMonaco), { timeout: 30_000 }).toBe(true);
    expect(await plain.count()).toBe(0);
    await page.keyboard.type(' and after');
    const want = `${readProblemFile('two-sum', 'starter.js')}\n${TYPED} and after`;
    await expect
      .poll(async () => normalizeCode(await readEditorCode(page)))
      .toBe(normalizeCode(want));

    // The draft is kept as typed: a reload shows it (in the plain editor first).
    await page.reload();
    await expect.poll(() => page.locator(PLAIN_EDITOR).inputValue()).toBe(want);
  });

  itStayedLocalAndQuiet(session);
});
