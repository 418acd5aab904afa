// Keyboard-only helpers: move focus with Tab and act on what has it, never with the mouse.
import type { Page } from 'playwright-core';

/** The focused element's accessible-ish name: aria-label, then its label, then its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (label ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches, at most `limit` times. */
export async function tabTo(page: Page, name: RegExp, limit = 60, back = false): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${name} (last: ${await focusedName(page)})`);
}

/** With a <select> focused, presses ArrowDown until its value is `value`. */
export async function chooseWithArrows(page: Page, value: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const current = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    if (current === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the focused select never reached ${value}`);
}
