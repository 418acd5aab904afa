// Checks the layout e2e runs on every route at every size: sideways scroll, controls in view, axe.
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';

/** How far the page scrolls sideways (0 when nothing is wider than the viewport). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** True when the element's box lies wholly inside the viewport (it can be seen and pressed). */
export async function inViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = locator.page().viewportSize();
  if (!box || !size) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height
  );
}

/** Scrolls the whole page to its end (where a stacked layout is longest). */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(100);
}

/**
 * Every axe-core violation of any impact, one line each. Monaco's own DOM is left out: it belongs
 * to the editor library (see tests/e2e/support/round.ts).
 */
export async function allViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axe.source });
  }
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const api = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: V[] }> } }
    ).axe;
    return (await api.run({ exclude: [['.monaco-editor']] })).violations;
  });
  return violations.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
