import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DAY, makeRound, MON_2024_01_01 } from '../../src/domain/history/round.fixture';
import { allProblems } from './support/problems';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const COUNT = 1000;
/** History renders the newest 50 (PAGE_SIZE in src/features/history/history-page.tsx) and "Show more". */
const PAGE_SIZE = 50;
/** The budgets: History opens in ≤ 200 ms and the dashboard in ≤ 300 ms with 1,000 rounds. */
const HISTORY_MS = 200;
const PROGRESS_MS = 300;

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
      verdicts: i % 2 ? ['match', 'wrong'] : ['off-by-one', 'match'],
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
 * In-page time from a click on a main-navigation link until `ready()` holds, checked every frame:
 * route chunk, IndexedDB read, computation and render, with no test-runner round trip in it.
 */
function timeNavigation(page: Page, href: string, ready: 'history' | 'progress'): Promise<number> {
  return page.evaluate(
    ({ href, ready, count, pageSize }) =>
      new Promise<number>((resolve) => {
        const done = () =>
          ready === 'history'
            ? document.querySelectorAll('.history-row').length === pageSize &&
              document.querySelector('.history-page [role="status"]')?.textContent ===
                `${count} rounds`
            : document.querySelectorAll('figure.chart').length === 5 &&
              document.querySelector('.what-next a') !== null;
        const start = performance.now();
        document.querySelector<HTMLAnchorElement>(`nav a[href="${href}"]`)?.click();
        const check = () =>
          done() ? resolve(performance.now() - start) : requestAnimationFrame(check);
        requestAnimationFrame(check);
      }),
    { href, ready, count: COUNT, pageSize: PAGE_SIZE },
  );
}

/**
 * A benchmark, opt-in (HISTORY_BENCH=1): timing budgets on a shared CI machine would be flaky, so
 * the regular e2e run skips it. Run: `HISTORY_BENCH=1 node tests/e2e/run-e2e.mjs tests/e2e/history-scale.e2e.ts`.
 */
describe.skipIf(!process.env.HISTORY_BENCH)(
  `history and dashboard with ${COUNT} saved rounds`,
  () => {
    const session = useBrowser();

    it(`History opens in ≤ ${HISTORY_MS} ms and Progress in ≤ ${PROGRESS_MS} ms`, async () => {
      const { page } = session();
      await page.goto(appUrl('/'));
      await seed(page);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Problems' }).waitFor();
      const times: Record<string, number[]> = { history: [], progress: [] };
      // The first visit includes fetching the route's chunk; later ones are warm.
      for (let i = 0; i < 3; i += 1) {
        times.history?.push(await timeNavigation(page, '/history', 'history'));
        times.progress?.push(await timeNavigation(page, '/progress', 'progress'));
      }
      const fmt = (list: number[] = []) => list.map((ms) => `${Math.round(ms)} ms`).join(', ');
      console.log(
        `history (${COUNT} rounds): ${fmt(times.history)} | progress: ${fmt(times.progress)}`,
      );
      expect(Math.max(...(times.history ?? []))).toBeLessThanOrEqual(HISTORY_MS);
      expect(Math.max(...(times.progress ?? []))).toBeLessThanOrEqual(PROGRESS_MS);
      expect(await page.getByRole('list', { name: 'Saved rounds' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Strength per pattern' }).count()).toBe(1);
    });

    itStayedLocalAndQuiet(session);
  },
);
