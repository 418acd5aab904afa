import { describe, expect, it } from 'vitest';
import { readEditorCode, setEditorCode } from './support/editor';
import { openProblem } from './support/problem-page';
import { allProblems, readProblemFile } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const firstLine = (code: string) =>
  code
    .split('\n')
    .find(
      (line) =>
        line.trim() &&
        !line.trim().startsWith('//') &&
        !line.trim().startsWith('*') &&
        !line.trim().startsWith('/*'),
    )
    ?.trim() ?? '';

/**
 * The browser path agrees with the command-line path: every problem's statement renders,
 * its starter loads, and its reference solution passes every test through the Web Worker.
 */
describe('every problem in the bank, in Chromium', () => {
  const session = useBrowser();

  it.each(allProblems().map((p) => [p.slug, p] as const))(
    '%s: statement, starter, reference passes',
    async (slug, meta) => {
      const { page } = session();
      await openProblem(page, slug, 'js');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).first().innerText())
        .toBe(meta.title);
      const starter = readProblemFile(slug, 'starter.js');
      expect(await readEditorCode(page)).toContain(firstLine(starter));
      await setEditorCode(page, readProblemFile(slug, 'solution.js'));
      const outcome = await runAndWatch(page, { click: 'Submit' }, undefined, 30_000);
      const { passed, failed } = parseSummary(outcome.text);
      expect(failed).toBe(0);
      expect(passed).toBeGreaterThan(0);
    },
  );

  itStayedLocalAndQuiet(session);
});
