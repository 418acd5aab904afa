import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeCode, PLAIN_EDITOR, readEditorCode } from './support/editor';
import { chooseWithArrows, focusedName, tabTo } from './support/keyboard';
import { readProblemFile, readProblemMeta } from './support/problems';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SOLUTION = readProblemFile('two-sum', 'solution.js');
const meta = readProblemMeta('two-sum') as ReturnType<typeof readProblemMeta> & {
  complexity: { time: string; space: string };
};

/** Where focus is: inside Monaco, or not. */
const inEditor = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));

describe('a timed round with the keyboard only (no mouse at all)', () => {
  const session = useBrowser();

  it('brief → code → note → Run → I’m done → estimates → reveal → recap → save', async () => {
    const { page } = session();
    // A step that cannot happen fails on its own line instead of at the test's timeout.
    page.setDefaultTimeout(30_000);
    await page.goto(appUrl('/problems/two-sum'));
    // The code shows at once (Monaco itself loads when the editor is reached for).
    await page.locator(PLAIN_EDITOR).first().waitFor();

    // "?" lists the shortcuts; Escape closes the list.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Escape then Tab');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Start a timed round from the problem page.
    await tabTo(page, /^Start round$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /^Start a round: / }).waitFor();
    // Tab reaches the mode group on its checked radio (Practice); an arrow picks Timed.
    await tabTo(page, /^Practice/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /Timed/ }).isChecked()).toBe(true);
    await tabTo(page, /^Start round$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Brief', exact: true }).waitFor();

    // Next phase: Start coding.
    await page.keyboard.press('Alt+Shift+Enter');
    await page.locator(PLAIN_EDITOR).first().waitFor();

    // Into the editor with Tab (focus starts Monaco, which takes the focus over when loaded),
    // write the solution (pasted with the keyboard), then leave it.
    await tabTo(page, /^Code editor/);
    await expect.poll(() => inEditor(page), { timeout: 30_000 }).toBe(true);
    await page.evaluate((text) => navigator.clipboard.writeText(text), SOLUTION);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect
      .poll(async () => normalizeCode(await readEditorCode(page)))
      .toBe(normalizeCode(SOLUTION));
    await page.keyboard.press('Tab'); // indents: Tab alone stays in the editor
    expect(await inEditor(page)).toBe(true);
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inEditor(page)).toBe(false);

    // A note, by its shortcut and Ctrl+Enter in the field.
    await page.keyboard.press('Alt+Shift+N');
    expect(await focusedName(page)).toBe('New note');
    await page.keyboard.type('Hash map: one pass');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByText('Hash map: one pass').waitFor();

    // Run from outside any text field.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page
      .getByText(/passed/i)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('.workspace-results').innerText()).toMatch(/passed/i);

    // I'm done asks first: focus starts on Cancel, Tab reaches the confirmation.
    await page.keyboard.press('Alt+Shift+Enter');
    await page.getByRole('alertdialog', { name: 'End coding now?' }).waitFor();
    expect(await focusedName(page)).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();

    await tabTo(page, /^Time complexity/);
    await chooseWithArrows(page, meta.complexity.time);
    await tabTo(page, /^Space complexity/);
    await chooseWithArrows(page, meta.complexity.space);
    await page.keyboard.press('Alt+Shift+Enter');
    await page.getByRole('heading', { level: 1, name: 'Round results' }).waitFor();

    await page.keyboard.press('Alt+Shift+Enter');
    await page.getByRole('textbox', { name: 'What went well?' }).waitFor();
    // Tab enters the feeling group on its first radio; arrows move and check.
    await tabTo(page, /^1 · /);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '4 · Good' }).isChecked()).toBe(true);
    await page.keyboard.press('Alt+Shift+Enter');
    await page.waitForURL(appUrl('/rounds'));
    await page.getByText('Round saved.', { exact: false }).waitFor();
  }, 240_000);

  itStayedLocalAndQuiet(session);
});
