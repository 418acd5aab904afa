import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DAY, makeRound, MON_2024_01_01 } from '../../src/domain/history/round.fixture';
import { allProblems } from './support/problems';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const COUNT = 1000;
/** History renders the newest 50 (PAGE_SIZE in src/features/history/history-page.tsx) and "Show more". */
const PAGE_SIZE = 50;

/** 1,000 saved rounds over every problem, spread across ~2 years, with mixed outcomes and modes. */
function seedRounds() {
  const slugs = allProblems().map((p) => p.slug);
  return Array.from({ length: COUNT }, (_, i) =>
    makeRound({
      id: `seed-${i}`,
      slug: slugs[i % slugs.length],
      at: MON_2024_01_01 + Math.floor(i * 0.7) * DAY + (i % 7) * 3_600_000,
      mode: i % 3 === 0 ? 'practice' : 'timed',
      passed: i % 4 === 0 ? 0 : 3,
      failed: i % 5 === 0 ? 2 : 0,
      usedMin: 5 + (i % 16),
      ...(i % 2 ? { estimateScore: { space: 'wrong' } } : { measured: 'n log n' }),
      abandoned: i % 17 === 0,
    }),
  );
}

/** Writes the rounds straight into the records database, as roundRecords().save would. */
async function seed(page: Page): Promise<void> {
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
    seedRounds(),
  );
}

/**
 * Not a timing test (a budget on a shared CI machine would be flaky): `npm run bench` times
 * History and Progress with 1,000 rounds. This checks that records saved before round summaries
 * existed are summarized on first read, that History pages them, and that the dashboard's five
 * uPlot charts draw in a real browser.
 */
describe(`history and dashboard with ${COUNT} saved rounds`, () => {
  const session = useBrowser();

  it('History lists the first page of all rounds; Progress draws its five charts', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    await seed(page);
    await page.goto(appUrl('/history'));
    await expect
      .poll(() => page.locator('ol[aria-label="Saved rounds"] > li').count(), { timeout: 15_000 })
      .toBe(PAGE_SIZE);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `${COUNT} rounds` })
        .count(),
    ).toBe(1);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await page.getByRole('heading', { name: 'Strength per pattern' }).waitFor();
    await expect
      .poll(() => page.locator('figure [data-chart-drawn] canvas').count(), { timeout: 15_000 })
      .toBe(5);
    expect(await page.locator('.what-next a').count()).toBe(1);
  });

  itStayedLocalAndQuiet(session);
});
