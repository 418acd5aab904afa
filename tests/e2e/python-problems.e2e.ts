import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { caseCounts, openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { parseSummary, resultsRegion, runAndWatch } from './support/results';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/** Loading Pyodide the first time on a busy 2-core machine. */
const FIRST_LOAD_MS = 90_000;

const countsOf = (slug: string) =>
  caseCounts(JSON.parse(readProblemFile(slug, 'tests.json')) as { cases: { hidden: boolean }[] });

/**
 * The three kinds of entry point beyond a plain function, each solved in Python in the built app:
 * a string function (valid-parentheses), a design class driven by calls (LRU cache) and a linked
 * list arriving as Python ListNode objects and returned as one (reverse-linked-list). The
 * Python reference passes every test; a known-wrong Python solution fails some.
 */
const CASES = [
  { slug: 'valid-parentheses', wrong: 'counts-only.py', shows: 'def is_valid(' },
  { slug: 'lru-cache', wrong: 'get-does-not-refresh.py', shows: 'class LRUCache' },
  { slug: 'reverse-linked-list', wrong: 'old-head-keeps-next.py', shows: 'def reverse_list(' },
] as const;

async function submit(page: Page, code: string, first = false) {
  await setEditorCode(page, code);
  const outcome = await runAndWatch(
    page,
    { click: 'Submit' },
    undefined,
    first ? FIRST_LOAD_MS : 30_000,
  );
  return parseSummary(outcome.text);
}

describe('Python solutions of a string problem, a design class and a linked list', () => {
  const session = useBrowser();
  let first = true;

  for (const { slug, wrong, shows } of CASES) {
    const counts = countsOf(slug);

    it(`${slug}: the Python starter is shown; the Python reference passes all ${counts.all} tests`, async () => {
      const { page } = session();
      await openProblem(page, slug, 'py');
      expect(readProblemFile(slug, 'starter.py')).toContain(shows);
      await page
        .locator('.monaco-editor')
        .getByText(shows.split('(')[0] ?? shows)
        .first()
        .waitFor();
      expect(await submit(page, readProblemFile(slug, 'solution.py'), first)).toEqual({
        passed: counts.all,
        failed: 0,
      });
      first = false;
    });

    it(`${slug}: the wrong Python solution wrong/${wrong} fails`, async () => {
      const { page } = session();
      const summary = await submit(page, readProblemFile(slug, `wrong/${wrong}`));
      expect(summary.failed).toBeGreaterThan(0);
      expect(summary.passed + summary.failed).toBe(counts.all);
      // A failing test says what was expected, in the results list.
      const failing = resultsRegion(page).locator('li.test-result', { hasText: /expected/i });
      expect(await failing.count()).toBeGreaterThan(0);
    });
  }

  itStayedLocalAndQuiet(session);
});
