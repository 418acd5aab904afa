import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DAY, makeRound } from '../../src/domain/history/round.fixture';
import { PLAIN_EDITOR } from './support/editor';
import { allViolations, inViewport, scrollToEnd, sidewaysOverflow } from './support/layout-checks';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1366, height: 850 },
] as const;

/** Saved rounds so History, a round's page, Progress and Calibration have something to draw. */
const ROUNDS = Array.from({ length: 6 }, (_, i) =>
  makeRound({
    id: `layout-${i}`,
    slug: i % 2 ? 'two-sum' : 'valid-parentheses',
    at: Date.now() - (6 - i) * DAY,
    passed: 3,
    failed: i % 3 === 0 ? 1 : 0,
  }),
);

async function seed(page: Page): Promise<void> {
  await page.goto(appUrl('/'));
  await page.evaluate(
    (rounds) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mockround-records');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          for (const round of rounds) tx.objectStore('keyval').put(round, `round:${round.id}`);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ROUNDS,
  );
}

/** The code is shown (on narrow screens it waits in the hidden Code tab; Monaco loads later). */
async function editorMounted(page: Page): Promise<void> {
  await page
    .locator(`${PLAIN_EDITOR}, .monaco-editor .view-lines .view-line`)
    .first()
    .waitFor({ state: 'attached' });
}

/** Every route a user can reach without an active round or assessment, and what shows it loaded. */
const ROUTES: { path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { path: '/', ready: (p) => p.getByRole('searchbox', { name: 'Search problems' }).waitFor() },
  { path: '/problems/two-sum', ready: editorMounted },
  { path: '/rounds', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/assessment/new', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/history', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/history/layout-3', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/progress', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/calibration', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/settings', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/no-such-page', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
];

async function expectFitsAndClean(page: Page, where: string): Promise<void> {
  expect.soft(await sidewaysOverflow(page), `${where}: sideways scroll`).toBeLessThanOrEqual(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(50);
    expect.soft(await allViolations(page), `${where} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('layout at every size: no sideways scroll, controls in reach, axe clean', () => {
  const session = useBrowser();

  it('seeds a few saved rounds', async () => {
    await seed(session().page);
  });

  for (const size of SIZES) {
    describe(`${size.width}×${size.height}`, () => {
      it('every route fits the width and has no axe violation in light or dark', async () => {
        const { page } = session();
        await page.setViewportSize(size);
        for (const route of ROUTES) {
          await page.goto(appUrl(route.path));
          await route.ready(page);
          await expectFitsAndClean(page, `${route.path} at ${size.width}px`);
        }
      }, 300_000);

      it('the problem page keeps Run and Submit in view, also scrolled to the end', async () => {
        const { page } = session();
        await page.setViewportSize(size);
        await page.goto(appUrl('/problems/two-sum'));
        await editorMounted(page);
        for (const pass of ['top', 'end']) {
          if (pass === 'end') await scrollToEnd(page);
          for (const name of ['Run', 'Submit']) {
            const button = page.getByRole('button', { name, exact: true });
            expect.soft(await inViewport(button), `${name} at ${pass}`).toBe(true);
          }
        }
      });
    });
  }

  it('a timed round keeps the clock, I’m done and Run in view at every size, also scrolled', async () => {
    const { page } = session();
    await page.setViewportSize(SIZES[0]);
    await page.goto(appUrl('/problems/two-sum'));
    await editorMounted(page);
    await page.getByRole('button', { name: 'Start round', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Start a round: / });
    await dialog.getByRole('radio', { name: /Timed/ }).check();
    await dialog.getByRole('button', { name: 'Start round', exact: true }).click();
    await page.getByRole('button', { name: 'Start coding' }).click();
    await editorMounted(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectFitsAndClean(page, `/round at ${size.width}px`);
      for (const pass of ['top', 'end']) {
        if (pass === 'end') await scrollToEnd(page);
        const where = `at ${size.width}px, ${pass}`;
        expect.soft(await inViewport(page.locator('.round-timer')), `timer ${where}`).toBe(true);
        for (const name of ["I'm done", 'Run']) {
          const button = page.getByRole('button', { name, exact: true });
          expect.soft(await inViewport(button), `${name} ${where}`).toBe(true);
        }
      }
    }
  }, 180_000);

  itStayedLocalAndQuiet(session);
});
