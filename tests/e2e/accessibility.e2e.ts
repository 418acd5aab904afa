import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { openProblem } from './support/problem-page';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const api = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await api.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  const session = useBrowser();

  it('the problem list has no serious or critical violations', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    await page.getByRole('searchbox', { name: 'Search problems' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the problem page has no serious or critical violations', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the editor's code keeps WCAG contrast once type checking has run (unused names are not faded)", async () => {
    const { page } = session();
    // `unused` is never read (Monaco fades such names); `target +` is a syntax error, whose squiggle
    // shows that type checking has run.
    await setEditorCode(
      page,
      'function twoSum(nums, target) {\n  const unused = 1;\n  return target +;\n}\n',
    );
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 20_000 });
    await page.addScriptTag({ content: axe.source });
    const failing = await page.evaluate(async () => {
      const api = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
        }
      ).axe;
      const result = await api.run('.monaco-editor .view-lines', { runOnly: ['color-contrast'] });
      return result.violations.flatMap((v) => v.nodes.map((n) => JSON.stringify(n.target)));
    });
    expect(failing).toEqual([]);
  });

  itStayedLocalAndQuiet(session);
});
