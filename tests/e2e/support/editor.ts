import type { Page } from 'playwright-core';

const LINES = '.monaco-editor .view-lines';
/** The text area that holds the code until Monaco has loaded (src/features/editor). */
export const PLAIN_EDITOR = '.plain-code-editor';

/**
 * Waits until Monaco has mounted and painted its lines. Monaco (several MB) loads when the user
 * reaches for the editor: if the plain text area still stands in for it, point at it, as a user
 * would, without focusing it.
 */
export async function waitForEditor(page: Page, timeout = 30_000): Promise<void> {
  const either = page.locator(`${PLAIN_EDITOR}, ${LINES}`).first();
  await either.waitFor({ state: 'visible', timeout });
  const plain = page.locator(PLAIN_EDITOR).first();
  if (await plain.isVisible()) {
    // From elsewhere, so the pointer enters it even if it rests where the editor appeared.
    await page.mouse.move(0, 0);
    await plain.hover({ timeout: 5_000 }).catch(() => {});
  }
  await page.locator(LINES).first().waitFor({ state: 'visible', timeout });
  await page.locator(`${LINES} .view-line`).first().waitFor({ state: 'attached', timeout });
}

/**
 * Replaces the editor's whole text by pasting it. Monaco 0.57 takes input through the
 * EditContext API: keyboard.insertText() there counts as typing, so "{" + newline gains an
 * auto-closed "}" and extra indentation; a paste goes in verbatim. (openBrowser grants the
 * clipboard permissions.) Checks the result so a mangled program fails here, not later.
 */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  await waitForEditor(page);
  await page.locator(LINES).first().click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('ControlOrMeta+V');
  const want = normalizeCode(code);
  const deadline = Date.now() + 5_000;
  let got = '';
  while (Date.now() < deadline) {
    got = normalizeCode(await readEditorCode(page));
    if (got === want) return;
    // A program taller than the editor is painted only in part (the view scrolls to the end of
    // the paste): accept a painted window that is an exact, sizeable slice of the program.
    const painted = got.split('\n').length;
    if (painted >= 8 && want.length > got.length && want.includes(got)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the editor holds\n${got}\ninstead of\n${want}`);
}

/**
 * The editor's text as painted: Monaco renders each line as a .view-line positioned by `top`,
 * not necessarily in DOM order, and uses non-breaking spaces. Only visible lines are painted,
 * so a program taller than the editor reads back only in part.
 */
export async function readEditorCode(page: Page): Promise<string> {
  await waitForEditor(page);
  return page
    .locator(LINES)
    .first()
    .evaluate((root) => {
      const lines = Array.from(root.querySelectorAll<HTMLElement>('.view-line'));
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    });
}

/** Collapses whitespace so a comparison ignores Monaco's auto-indentation. */
export function normalizeCode(code: string): string {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Focuses the editor (for keyboard shortcuts) without changing its text. */
export async function focusEditor(page: Page): Promise<void> {
  await waitForEditor(page);
  await page.locator(LINES).first().click();
}
