import type { Locator, Page } from 'playwright-core';

/** The "N passed, M failed" line of the Results region's live status. */
export const SUMMARY = /(\d+) passed, (\d+) failed/;

/** The Results region (role region, accessible name "Results"). */
export function resultsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Results' });
}

/** What a watched run produced: the region's text once it matched, and how long that took. */
export interface WatchedOutcome {
  /** Milliseconds from the trigger (in-page performance.now()) to the matching DOM mutation. */
  ms: number;
  text: string;
}

/** How to start the run being watched. */
export type Trigger = { click: string } | { press: string };

interface WatchArgs {
  source: string;
  flags: string;
  timeoutMs: number;
  click: string | null;
}

/**
 * Starts a run and waits, inside the page, for the Results region to match `until`.
 * Timing is taken in-page (performance.now() at the click, a MutationObserver on the
 * region) so Playwright's round trips add no noise. A match counts only once the region
 * changed or passed through a non-matching state, so a stale summary from the previous
 * run is never mistaken for the new one.
 */
export async function runAndWatch(
  page: Page,
  trigger: Trigger,
  until: RegExp = SUMMARY,
  timeoutMs = 20_000,
): Promise<WatchedOutcome> {
  const region = resultsRegion(page);
  await region.waitFor({ state: 'attached' });
  const args: WatchArgs = {
    source: until.source,
    flags: until.flags.replace('g', ''),
    timeoutMs,
    click: 'click' in trigger ? trigger.click : null,
  };
  await region.evaluate((el, a: WatchArgs) => {
    const re = new RegExp(a.source, a.flags);
    const before = el.textContent ?? '';
    let sawOther = !re.test(before);
    const started = performance.now();
    const watch = new Promise<{ ms: number; text: string }>((resolve, reject) => {
      const check = () => {
        const text = el.textContent ?? '';
        if (!re.test(text)) {
          sawOther = true;
          return;
        }
        if (!sawOther && text === before) return;
        const ms = performance.now() - started;
        observer.disconnect();
        clearTimeout(timer);
        resolve({ ms, text });
      };
      const observer = new MutationObserver(check);
      observer.observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(
          new Error(
            `Results never matched /${a.source}/ within ${a.timeoutMs} ms; it reads: ${el.textContent}`,
          ),
        );
      }, a.timeoutMs);
    });
    (window as unknown as { __e2eWatch: Promise<unknown> }).__e2eWatch = watch;
    watch.catch(() => undefined); // surfaced when awaited below
    if (a.click !== null) {
      const button = Array.from(document.querySelectorAll('button')).find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === a.click,
      );
      if (!button) throw new Error(`no button named "${a.click}"`);
      if (button.disabled) throw new Error(`button "${a.click}" is disabled`);
      button.click();
    }
  }, args);
  if ('press' in trigger) await page.keyboard.press(trigger.press);
  return page.evaluate(
    () => (window as unknown as { __e2eWatch: Promise<WatchedOutcome> }).__e2eWatch,
  );
}

/** Parses "N passed, M failed" out of a Results text. */
export function parseSummary(text: string): { passed: number; failed: number } {
  const match = SUMMARY.exec(text);
  if (!match) throw new Error(`no "N passed, M failed" line in: ${text}`);
  return { passed: Number(match[1]), failed: Number(match[2]) };
}
