// Helpers for the round e2e tests: starting a round, the estimate, the clock, the saved round,
// reading the countdown.
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { openProblem } from './problem-page';
import { appUrl } from './server';

/**
 * From the problem's page: Start round → the chosen mode → /round, in the brief.
 * `inDialog` runs while the start dialog is open (to check what it offers).
 */
export async function startRound(
  page: Page,
  slug: string,
  mode: 'Practice' | 'Timed',
  inDialog?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await openProblem(page, slug, 'js');
  await page.getByRole('button', { name: 'Start round', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Start a round: / });
  await inDialog?.(dialog);
  await dialog.getByRole('radio', { name: new RegExp(mode) }).check();
  await dialog.getByRole('button', { name: 'Start round', exact: true }).click();
  await page.waitForURL(appUrl('/round'));
  await page.getByRole('heading', { name: 'Brief', exact: true }).waitFor();
}

/** In the estimate phase: picks both estimates, reveals, and waits for the results page. */
export async function estimateAndReveal(
  page: Page,
  estimate: { time: string; space: string },
): Promise<void> {
  await page
    .getByRole('combobox', { name: 'Time complexity', exact: true })
    .selectOption(estimate.time);
  await page
    .getByRole('combobox', { name: 'Space complexity', exact: true })
    .selectOption(estimate.space);
  await page.getByRole('button', { name: 'Reveal results', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Round results' }).waitFor();
}

/**
 * Serious and critical axe-core violations on the page, one line each. Monaco's own DOM is left
 * out: it belongs to the editor library (its dimmed line numbers fail colour contrast).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const api = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: V[] }> } }
    ).axe;
    return (await api.run({ exclude: [['.monaco-editor']] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The countdown's mm:ss as seconds. */
export async function secondsLeft(page: Page): Promise<number> {
  const text = await page
    .getByRole('timer', { name: 'Time left' })
    .getByTestId('clock')
    .innerText();
  const [m, s] = text.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
}

export interface SavedRound {
  phase: string;
  deadline: number;
  code: string;
  notes: { text: string }[];
}

/** The active round as saved in IndexedDB (what a reload will restore), or null. */
export async function savedActiveRound(page: Page): Promise<SavedRound | null> {
  const text = await page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('mockround-app-state');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('keyval').objectStore('keyval');
          const request = store.get('mockround-state');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(typeof request.result === 'string' ? request.result : null);
          };
        };
      }),
  );
  if (text === null) return null;
  return (JSON.parse(text) as { state: { activeRound: SavedRound | null } }).state.activeRound;
}

/**
 * The countdown read at an exact moment: the clock jumps to `at` (firing the timer's tick) and
 * pauses, so the display and Date.now() agree; then time runs on.
 */
export async function secondsLeftAt(page: Page, at: number): Promise<number> {
  await page.clock.pauseAt(at);
  await page.waitForTimeout(100); // real time, for React to render the tick
  const left = await secondsLeft(page);
  await page.clock.resume();
  return left;
}

/**
 * Installs Playwright's clock (Date and timers run at normal speed until the test moves them).
 * Its stand-in `performance` records no entries, while Monaco's input-latency probe reads
 * `performance.getEntriesByName(name)[0].duration` on every key press and would throw; the init
 * script hands that probe an empty measurement instead.
 */
export async function installClock(page: Page): Promise<void> {
  await page.clock.install();
  const patch = () => {
    const byName = performance.getEntriesByName.bind(performance);
    performance.getEntriesByName = (name: string, type?: string) => {
      const found = byName(name, type);
      return found.length > 0
        ? found
        : [
            {
              name,
              entryType: 'measure',
              startTime: 0,
              duration: 0,
              toJSON: () => ({}),
            } as PerformanceEntry,
          ];
    };
  };
  await page.context().addInitScript(patch);
  await page.evaluate(patch);
}

/** The page's own Date.now() (Playwright's clock), in ms. */
export const pageNow = (page: Page) => page.evaluate(() => Date.now());

export async function addNote(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'New note', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add note', exact: true }).click();
  await page.getByRole('list', { name: 'Notes so far' }).getByText(text).waitFor();
}

export const notesText = (page: Page) =>
  page.getByRole('list', { name: 'Notes so far' }).innerText();
