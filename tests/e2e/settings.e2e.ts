import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForEditor } from './support/editor';
import { allViolations } from './support/layout-checks';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/** The background colour of the page as painted (rgb()). */
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const inEditor = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));

/** To a problem through the app's links (a full page load right after a change could beat the save). */
async function openTwoSum(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Problems' })
    .click();
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await waitForEditor(page);
}

const vimRequests = (requests: string[]) =>
  requests.filter((url) => /\/assets\/[^/]*\.js$/.test(url) && url.includes('dist-')).length;

describe('Settings: kept in this browser, applied everywhere', () => {
  const session = useBrowser();

  it('opens from the nav with every control named, and no axe violation in light or dark', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.getByRole('radio', { name: scheme === 'light' ? 'Light' : 'Dark' }).check();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await allViolations(page), scheme).toEqual([]);
    }
  });

  it('the dark theme paints the page and the editor dark, and survives a reload', async () => {
    const { page } = session();
    // No wait after the previous test picked Dark: a change is kept even when the page is
    // left before its IndexedDB write lands.
    // The operating system says light: the setting wins.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await pageBackground(page)).toBe('rgb(20, 23, 28)');
    await page.goto(appUrl('/problems/two-sum'));
    await waitForEditor(page);
    // The saved settings are read from IndexedDB as the page starts: the editor may mount first.
    await expect
      .poll(() => page.locator('.monaco-editor').first().getAttribute('class'))
      .toContain('vs-dark');
    expect(await pageBackground(page)).toBe('rgb(20, 23, 28)');
    expect(await allViolations(page)).toEqual([]);

    await page.goto(appUrl('/settings'));
    await page.getByRole('radio', { name: 'System (follow this device)' }).check();
    expect(await pageBackground(page)).toBe('rgb(246, 247, 249)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pageBackground(page)).toBe('rgb(20, 23, 28)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('font size, tab size and word wrap reach the editor; hidden difficulty leaves the list', async () => {
    const { page } = session();
    await page.goto(appUrl('/settings'));
    await page.getByRole('spinbutton', { name: 'Font size (px)' }).fill('20');
    await page.getByRole('combobox', { name: 'Tab size' }).selectOption('4');
    await page.getByRole('checkbox', { name: 'Wrap long lines' }).check();
    await page.getByRole('checkbox', { name: 'Hide difficulty and tags' }).check();
    // Reloaded at once, before the buffered write is due: the change must survive.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Font size (px)' }).inputValue()).toBe('20');

    await page.goto(appUrl('/problems/two-sum'));
    await waitForEditor(page);
    const lines = page.locator('.monaco-editor .view-lines').first();
    expect(await lines.evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
    // Enter after an opening brace indents by the tab size (4 spaces, not the default 2).
    await lines.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{');
    await page.keyboard.press('Enter');
    await page.keyboard.type('x');
    const second = page.locator('.monaco-editor .view-line').nth(1);
    await expect.poll(() => second.textContent()).toMatch(/^\u00a0{4}x$|^ {4}x$/);
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await page.locator('.statement .badge').count()).toBe(0);
    expect(await page.locator('.statement .tag-list').count()).toBe(0);

    await page.goto(appUrl('/'));
    await page.getByRole('link', { name: 'Two Sum' }).waitFor();
    // The Solved / Attempted / Not tried pill stays: it is the user's own record, not a hint.
    expect(await page.locator('.problem-card [class*="difficulty-"]').count()).toBe(0);
    expect(await page.locator('.problem-card .tag-list').count()).toBe(0);
    expect(await allViolations(page)).toEqual([]);
  });

  it('Vim mode loads monaco-vim only when on, shows the mode, and Escape then Tab still leaves', async () => {
    const { page, requests } = session();
    page.setDefaultTimeout(30_000);
    expect(vimRequests(requests)).toBe(0);
    await page.goto(appUrl('/settings'));
    await page.getByRole('checkbox', { name: 'Vim mode' }).check();
    await openTwoSum(page);
    const status = page.getByRole('group', { name: 'Vim status' });
    await expect.poll(() => status.textContent()).toContain('--NORMAL--');
    expect(vimRequests(requests)).toBe(1);

    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('g');
    await page.keyboard.press('g');
    await page.keyboard.press('O'); // open a line above the first, in insert mode
    await expect.poll(() => status.textContent()).toContain('--INSERT--');
    await page.keyboard.type('// vim');
    await expect
      .poll(async () => {
        const text = await page.locator('.monaco-editor .view-line').first().textContent();
        return (text ?? '').replaceAll('\u00a0', ' ');
      })
      .toContain('// vim');
    await page.keyboard.press('Escape');
    await expect.poll(() => status.textContent()).toContain('--NORMAL--');
    expect(await inEditor(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inEditor(page)).toBe(false);
    expect(await allViolations(page)).toEqual([]);

    // Undo the line in normal mode, then turn Vim off: the status bar goes.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('u');
    await page.goto(appUrl('/settings'));
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await openTwoSum(page);
    expect(await page.getByRole('group', { name: 'Vim status' }).count()).toBe(0);
  });

  itStayedLocalAndQuiet(session);
});
