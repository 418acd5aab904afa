import type { Page } from 'playwright-core';
import { waitForEditor } from './editor';
import { appUrl } from './server';

/** Opens /problems/<slug>, waits for Monaco, and picks the language. */
export async function openProblem(
  page: Page,
  slug: string,
  language: 'js' | 'ts' | 'py' = 'js',
): Promise<void> {
  await page.goto(appUrl(`/problems/${slug}`));
  await waitForEditor(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption(language);
  await waitForEditor(page);
}

/** The number of visible (non-hidden) and all test cases in problems/<slug>/tests.json. */
export function caseCounts(tests: { cases: { hidden: boolean }[] }): {
  visible: number;
  all: number;
} {
  return { visible: tests.cases.filter((c) => !c.hidden).length, all: tests.cases.length };
}
