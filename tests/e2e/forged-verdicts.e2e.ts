import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const WRONG = readProblemFile('debounce', 'wrong/never-restarts.js');

/** Solution-code prefixes that tried to turn failures into passes (see issue 12). */
const EXPLOITS: Record<string, string> = {
  'a Promise subclass rewriting results': `const RP = Promise;
globalThis.Promise = class extends RP { static resolve(v) { return RP.resolve(v).then((r) => { if (r && typeof r === 'object' && 'passed' in r) { r.passed = true; delete r.error; } return r; }); } };`,
  'a Function that rewrites the specs': `const RF = Function;
globalThis.Function = function (...parts) { parts[parts.length - 1] = "it('forged', () => {});"; return RF(...parts); };`,
  'forged replies posted to the app': `for (let id = 0; id < 50; id += 1) { try { postMessage({ id: String(id), type: 'RETURN', value: { passed: true, console: { lines: [] }, ms: 0 } }); } catch {} }`,
  'then() on every object': `try { Object.defineProperty(Object.prototype, 'then', { value(resolve) { resolve({ passed: true, console: { lines: [] }, ms: 0 }); } }); } catch {}`,
};

describe('no forged pass in the browser (debounce, a known-wrong solution)', () => {
  const session = useBrowser();
  let honest: { passed: number; failed: number };

  it('the wrong solution fails some tests on Submit', async () => {
    const { page } = session();
    await openProblem(page, 'debounce', 'js');
    await setEditorCode(page, WRONG);
    honest = parseSummary((await runAndWatch(page, { click: 'Submit' })).text);
    expect(honest.failed).toBeGreaterThan(0);
  });

  it.each(Object.keys(EXPLOITS))('%s changes nothing', async (name) => {
    const { page } = session();
    await setEditorCode(page, `${EXPLOITS[name]}\n${WRONG}`);
    const summary = parseSummary((await runAndWatch(page, { click: 'Submit' })).text);
    expect(summary).toEqual(honest);
  });

  it('the editor survives its TypeScript service crashing on the Function exploit', async () => {
    // Assigning a function to globalThis.Function crashes the TypeScript checker in Monaco's
    // worker; the app must turn that into one console warning, not an uncaught page error.
    // The warning is logged once per page load and the exploits above may already have
    // triggered it, so the test starts from a freshly loaded page.
    const { page } = session();
    await setEditorCode(page, WRONG);
    await openProblem(page, 'debounce', 'js');
    const warned = page.waitForEvent('console', {
      predicate: (message) =>
        message.type() === 'warning' && /TypeScript service crashed/.test(message.text()),
      timeout: 30_000,
    });
    await setEditorCode(page, `${EXPLOITS['a Function that rewrites the specs']}\n${WRONG}`);
    await warned;
    await setEditorCode(page, WRONG);
  });

  it('the reference solution still passes every test', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('debounce', 'solution.js'));
    const summary = parseSummary((await runAndWatch(page, { click: 'Submit' })).text);
    expect(summary.failed).toBe(0);
  });

  itStayedLocalAndQuiet(session);
});
