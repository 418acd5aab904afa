import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focusEditor, waitForEditor } from './support/editor';
import { caseCounts, openProblem } from './support/problem-page';
import { allProblems, readProblemFile } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const problems = allProblems();

/** Titles of the problem links currently shown on the list page. */
async function shownTitles(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const { title } of problems) {
    if (await page.getByRole('link', { name: title, exact: true }).isVisible()) shown.push(title);
  }
  return shown.sort();
}

const titlesWhere = (keep: (p: (typeof problems)[number]) => boolean) =>
  problems
    .filter(keep)
    .map((p) => p.title)
    .sort();

describe('keyboard and navigation', () => {
  const session = useBrowser();

  it('Ctrl+Enter in the editor runs the visible tests', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    await focusEditor(page);
    const outcome = await runAndWatch(page, { press: 'Control+Enter' });
    const counts = caseCounts(
      JSON.parse(readProblemFile('two-sum', 'tests.json')) as { cases: { hidden: boolean }[] },
    );
    const { passed, failed } = parseSummary(outcome.text);
    expect(passed + failed).toBe(counts.visible);
  });

  it('the list shows every problem, and the Difficulty filter narrows it', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere(() => true));
    for (const difficulty of new Set(problems.map((p) => p.difficulty))) {
      await page
        .getByRole('combobox', { name: 'Difficulty', exact: true })
        .selectOption(difficulty);
      await expect
        .poll(() => shownTitles(page))
        .toEqual(titlesWhere((p) => p.difficulty === difficulty));
    }
  });

  it('the Tag filter and the search box narrow the list', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    const tag = problems
      .flatMap((p) => p.tags)
      .find((t) => problems.some((p) => !p.tags.includes(t)));
    if (!tag) throw new Error('every problem shares every tag; cannot test the Tag filter');
    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption(tag);
    await expect.poll(() => shownTitles(page)).toEqual(titlesWhere((p) => p.tags.includes(tag)));

    await page.goto(appUrl('/'));
    const query = problems[0]!.title.toLowerCase();
    await page.getByRole('searchbox', { name: 'Search problems' }).fill(query);
    await expect
      .poll(() => shownTitles(page))
      .toEqual(titlesWhere((p) => p.title.toLowerCase().includes(query)));
    await page
      .getByRole('searchbox', { name: 'Search problems' })
      .fill('no problem is called this');
    await expect.poll(() => shownTitles(page)).toEqual([]);
  });

  it('the back button returns from a problem to the filtered list', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    const difficulty = problems[0]!.difficulty;
    await page.getByRole('combobox', { name: 'Difficulty', exact: true }).selectOption(difficulty);
    const filtered = titlesWhere((p) => p.difficulty === difficulty);
    await expect.poll(() => shownTitles(page)).toEqual(filtered);

    await page.getByRole('link', { name: filtered[0]!, exact: true }).click();
    await waitForEditor(page);
    await page.goBack();
    await expect.poll(() => shownTitles(page)).toEqual(filtered);
    expect(await page.getByRole('combobox', { name: 'Difficulty', exact: true }).inputValue()).toBe(
      difficulty,
    );
  });

  itStayedLocalAndQuiet(session);
});
