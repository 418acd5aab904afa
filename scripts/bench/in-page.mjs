// Runs inside the page (passed to Locator.evaluate, so it must be self-contained).
// Timing in-page keeps Playwright's round trips out of the figures.

/**
 * Performs steps one after another on the Results region. Each step optionally clicks a
 * button (by its text) and then waits for the region's text to match `match` (and not
 * `reject`), counting a match only once the text changed or passed through a
 * non-matching state, so the previous run's identical summary is not mistaken for this
 * one. The next step's click happens in the same microtask as the previous match.
 * Resolves with, per step, ms to the DOM mutation, ms to the next painted frame, the text,
 * and the stages the app marked on the performance timeline (see src/runner/run-timing.ts):
 * ms to the code being posted to the sandbox and to the last reply, and the time the sandbox
 * spent itself (NaN when the run left no marks).
 * @param {Element} region
 * @param {{ steps: { click?: string, match: string, reject?: string }[], timeoutMs: number,
 *   marks: { posted: string, replied: string } }} args
 */
export function watchSteps(region, { steps, timeoutMs, marks }) {
  const findButton = (name) =>
    Array.from(document.querySelectorAll('button')).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name,
    );
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** The run's marks, if they were made after `started` (older ones belong to another run). */
  const stages = (started) => {
    const find = (name) =>
      performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= started);
    const posted = find(marks.posted);
    const replied = find(marks.replied);
    return {
      postedMs: posted ? posted.startTime - started : NaN,
      repliedMs: replied ? replied.startTime - started : NaN,
      workerMs: replied?.detail?.workerMs ?? NaN,
      calls: replied?.detail?.calls ?? NaN,
    };
  };

  const runStep = (step) =>
    new Promise((resolve, reject) => {
      const re = new RegExp(step.match, 'i');
      const rejectRe = step.reject ? new RegExp(step.reject, 'i') : null;
      const matches = (text) => re.test(text) && !(rejectRe && rejectRe.test(text));
      const before = region.textContent ?? '';
      let sawOther = !matches(before);
      let timer;
      const observer = new MutationObserver(() => {
        const text = region.textContent ?? '';
        if (!matches(text)) {
          sawOther = true;
          return;
        }
        if (!sawOther && text === before) return;
        const domAt = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve({ started, domAt, text });
      });
      observer.observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      timer = setTimeout(() => {
        observer.disconnect();
        reject(
          new Error(
            `Results never matched /${step.match}/ within ${timeoutMs} ms: ${region.textContent}`,
          ),
        );
      }, timeoutMs);
      const started = performance.now();
      if (step.click) {
        const button = findButton(step.click);
        if (!button || button.disabled) {
          observer.disconnect();
          clearTimeout(timer);
          reject(new Error(`button "${step.click}" is ${button ? 'disabled' : 'missing'}`));
          return;
        }
        button.click();
      }
    });

  return (async () => {
    const out = [];
    const pending = [];
    for (const step of steps) {
      const { started, domAt, text } = await runStep(step);
      const record = { ms: domAt - started, paintMs: NaN, text, ...stages(started) };
      pending.push(afterPaint().then((paintedAt) => (record.paintMs = paintedAt - started)));
      out.push(record);
    }
    await Promise.all(pending);
    return out;
  })();
}
