// Runs inside the page as an init script (page.addInitScript), so it must be self-contained.
// It defines when History and Progress count as "open" and times that moment in-page, with no
// Playwright round trip in the figure.

/**
 * Installs `window.__historyBench`:
 * - `cold`: a promise of ms from navigation start (performance.timeOrigin) until the page at
 *   `location.pathname` (/history or /progress) is painted ready, started as the document loads;
 * - `navigate(href)`: clicks the main-navigation link to `href` and resolves with ms from the
 *   click until that page is painted ready (the warm, in-app figure).
 *
 * Ready means: History's "Saved rounds" list shows `firstPage` rows and the count reads
 * "`count` rounds"; Progress shows the "What next" link and `charts` charts, each drawn
 * (its host carries data-chart-drawn once the chart library has drawn it). Painted means the
 * first frame after that: a requestAnimationFrame callback, then a task after it (the frame's
 * paint has been committed by then).
 * @param {{ count: number, firstPage: number, charts: number }} expected
 */
export function installReadyWatch(expected) {
  const ready = {
    '/history': () =>
      document.querySelectorAll('ol[aria-label="Saved rounds"] > li').length ===
        expected.firstPage &&
      Array.from(document.querySelectorAll('[role="status"]')).some(
        (el) => el.textContent === `${expected.count} rounds`,
      ),
    // The Rounds page shows its first 20 rounds in full (ROUNDS_PAGE) and how many there are.
    '/rounds': () =>
      document.querySelectorAll('ol[aria-label="Past rounds"] > li').length ===
        Math.min(20, expected.count) &&
      (expected.count <= 20 ||
        Array.from(document.querySelectorAll('[role="status"]')).some((el) =>
          el.textContent?.endsWith(`of ${expected.count} rounds.`),
        )),
    // Calibration: its figures and its trend chart drawn.
    '/calibration': () =>
      document.querySelector('dl') !== null &&
      document.querySelector('[data-chart-drawn]') !== null,
    '/progress': () =>
      document.querySelector('.what-next a') !== null &&
      document.querySelectorAll('figure').length === expected.charts &&
      document.querySelectorAll('figure [data-chart-drawn]').length === expected.charts,
  };
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  /** Resolves with performance.now() of the first painted frame once `check` holds. */
  const watch = (check) =>
    new Promise((resolve, reject) => {
      let done = false;
      const finish = () => {
        if (done || !check()) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        void afterPaint().then(resolve);
      };
      const observer = new MutationObserver(finish);
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['data-chart-drawn'],
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${location.pathname} was not ready within 30 s`));
      }, 30_000);
      finish();
    });

  const cold = ready[location.pathname] ? watch(ready[location.pathname]) : null;
  // An unobserved rejection would be reported as a page error before anyone awaits it.
  cold?.catch(() => undefined);
  window.__historyBench = {
    cold,
    navigate(href) {
      const check = ready[href];
      const link = document.querySelector(`nav a[href="${href}"]`);
      if (!check || !link) return Promise.reject(new Error(`no navigation link to ${href}`));
      const started = performance.now();
      const painted = watch(check);
      link.click();
      return painted.then((at) => at - started);
    },
  };
}
