import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLAIN_EDITOR } from './support/editor';
import { readProblemFile } from './support/problems';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SEPARATOR = { name: 'Resize the statement and the editor' } as const;
/** The resizing library's chunk (src/components/resizable-panes.tsx): it loads after the first paint. */
const PANES_CHUNK = /\/assets\/resizable-panes-[^/]*\.js$/;
const MONACO_CHUNKS = /\/assets\/(editor\.api|monaco-[^/]*)\.js$/;

/** The three panes' widths in px, statement | editor | results. */
const paneWidths = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.code-panes .pane')].map((pane) =>
      Math.round(pane.getBoundingClientRect().width),
    ),
  );

/** Holds requests matching `pattern` until `release()` is called. */
async function holdRequests(page: Page, pattern: RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const handler = async (route: Route) => {
    await released;
    await route.continue();
  };
  await page.route(pattern, handler);
  return {
    release,
    stop: () => page.unroute(pattern, handler),
  };
}

describe('wide panes: painted at their saved sizes first, then made resizable', () => {
  const session = useBrowser();

  it('resizes from the keyboard and shows the saved sizes from the first paint on, without a jump', async () => {
    const { page } = session();
    await page.goto(appUrl('/problems/two-sum'));
    const separator = page.getByRole('separator', SEPARATOR);
    await separator.waitFor();
    const before = await paneWidths(page);
    await separator.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await paneWidths(page))[0]).toBeGreaterThan(before[0]! + 20);
    const resized = await paneWidths(page);
    // The library saves the layout as it changes; give its write a moment.
    await page.waitForTimeout(300);

    // The widths as the page first shows the code, before the library has loaded.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const panes = document.querySelectorAll('.code-panes .pane');
        if (!document.querySelector('.code-panes .editor-frame') || panes.length < 3) return;
        observer.disconnect();
        const w = window as unknown as { firstPaint: unknown };
        w.firstPaint = {
          resizable: document.querySelector('[role="separator"]') !== null,
          widths: [...panes].map((pane) => Math.round(pane.getBoundingClientRect().width)),
        };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await separator.waitFor();
    const first = (await page.evaluate(
      () => (window as unknown as { firstPaint: unknown }).firstPaint,
    )) as {
      resizable: boolean;
      widths: number[];
    };
    expect(first.resizable).toBe(false);
    const after = await paneWidths(page);
    for (let i = 0; i < 3; i++) {
      expect(
        Math.abs(first.widths[i]! - resized[i]!),
        `pane ${i} at first paint`,
      ).toBeLessThanOrEqual(1);
      expect(Math.abs(after[i]! - resized[i]!), `pane ${i} once resizable`).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the text, the caret and the focus of an editor typed in while the panes become resizable', async () => {
    const { page } = session();
    // Monaco stays away (it would take the text over itself); the panes wait for the go.
    const monaco = await holdRequests(page, MONACO_CHUNKS);
    const panes = await holdRequests(page, PANES_CHUNK);
    await page.goto(appUrl('/problems/two-sum'));
    const plain = page.locator(PLAIN_EDITOR);
    await plain.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n// before', { delay: 10 });
    expect(await page.getByRole('separator', SEPARATOR).count()).toBe(0);
    panes.release();
    await page.getByRole('separator', SEPARATOR).waitFor();
    await page.keyboard.type(' and after', { delay: 10 });
    const starter = readProblemFile('two-sum', 'starter.js');
    expect(await plain.inputValue()).toBe(`${starter}\n// before and after`);
    expect(await page.evaluate(() => document.activeElement?.matches('.plain-code-editor'))).toBe(
      true,
    );
    monaco.release();
    await panes.stop();
    await monaco.stop();
  });

  itStayedLocalAndQuiet(session);
});
