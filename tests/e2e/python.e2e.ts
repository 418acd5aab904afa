import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest } from './support/browser';
import { readEditorCode, setEditorCode, waitForEditor } from './support/editor';
import { startEscapeListener, type EscapeListener } from './support/escape-listener';
import { caseCounts, openProblem } from './support/problem-page';
import { budgetMs, readProblemFile } from './support/problems';
import { parseSummary, resultsRegion, runAndWatch } from './support/results';
import { appUrl } from './support/server';
import { useBrowser } from './support/session';

const countsOf = (slug: string) =>
  caseCounts(JSON.parse(readProblemFile(slug, 'tests.json')) as { cases: { hidden: boolean }[] });
const TWO_SUM = countsOf('two-sum');
/** Python runs get three times the problem's budget (run-session.ts PYTHON_BUDGET_FACTOR). */
const PY_BUDGET = budgetMs('two-sum') * 3;
/** Loading Pyodide (9.6 MB of WebAssembly and the standard library) on a busy 2-core machine. */
const FIRST_LOAD_MS = 90_000;
const TIMED_OUT = /time limit exceeded/i;

const CRASHING = [
  'def pick(nums):',
  '    return nums[len(nums)]',
  '',
  'def two_sum(nums, target):',
  '    return pick(nums)',
  '',
].join('\n');

describe('Python on the problem page (Pyodide in the sandbox, from the app’s own files)', () => {
  let listener: EscapeListener;
  beforeAll(async () => {
    listener = await startEscapeListener();
  });
  afterAll(async () => {
    await listener?.close();
  });
  const session = useBrowser(() => [listener.resolverArg]);

  it('picking Python shows the Python starter and "Loading Python…" until the runtime is ready', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'py');
    await page
      .getByRole('status')
      .filter({ hasText: 'Loading Python…' })
      .waitFor({ timeout: 10_000 });
    const starterHead = readProblemFile('two-sum', 'starter.py').split('\n')[0] ?? '';
    expect(starterHead).toMatch(/^def two_sum\(/);
    expect(await readEditorCode(page)).toContain(starterHead);
    await page
      .getByRole('status')
      .filter({ hasText: 'Loading Python…' })
      .waitFor({ state: 'detached', timeout: FIRST_LOAD_MS });
  });

  it('Run passes the visible tests with the Python reference', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'solution.py'));
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, FIRST_LOAD_MS);
    expect(parseSummary(outcome.text)).toEqual({ passed: TWO_SUM.visible, failed: 0 });
  });

  it('Submit runs the hidden tests too', async () => {
    const { page } = session();
    const outcome = await runAndWatch(page, { click: 'Submit' }, undefined, 30_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: TWO_SUM.all, failed: 0 });
  });

  it('print() output is shown per test', async () => {
    const { page } = session();
    const code = readProblemFile('two-sum', 'solution.py').replace(
      'def two_sum(nums, target):\n',
      'def two_sum(nums, target):\n    print("target is", target)\n',
    );
    await setEditorCode(page, code);
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 30_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: TWO_SUM.visible, failed: 0 });
    const tests = JSON.parse(readProblemFile('two-sum', 'tests.json')) as {
      cases: { hidden: boolean; args: [number[], number] }[];
    };
    const targets = tests.cases.filter((c) => !c.hidden).map((c) => `target is ${c.args[1]}`);
    const items = resultsRegion(page).locator('li.test-result');
    expect(await items.count()).toBe(TWO_SUM.visible);
    for (const [i, line] of targets.entries())
      expect(await items.nth(i).locator('.console-line').allTextContents()).toEqual([line]);
  });

  it('a wrong solution shows a Python traceback of the user’s own lines only', async () => {
    const { page } = session();
    await setEditorCode(page, CRASHING);
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 30_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: 0, failed: TWO_SUM.visible });
    const first = resultsRegion(page).locator('li.test-result').first();
    await expect.poll(() => first.textContent()).toContain('IndexError: list index out of range');
    const traceback = (await first.locator('pre', { hasText: 'Traceback' }).textContent()) ?? '';
    expect(traceback.split('\n')).toEqual([
      'Traceback (most recent call last):',
      '  File "solution.py", line 5, in two_sum',
      '    return pick(nums)',
      '  File "solution.py", line 2, in pick',
      '    return nums[len(nums)]',
      'IndexError: list index out of range',
    ]);
  });

  it(`a runaway \`while True: pass\` ends with a time-limit verdict (budget ${PY_BUDGET} ms)`, async () => {
    const { page } = session();
    await setEditorCode(page, 'def two_sum(nums, target):\n    while True:\n        pass\n');
    const outcome = await runAndWatch(page, { click: 'Run' }, TIMED_OUT, PY_BUDGET + 15_000);
    expect(outcome.ms).toBeGreaterThanOrEqual(PY_BUDGET - 100);
  });

  it('the next Run after the runaway works (the warm spare runtime took over)', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'solution.py'));
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, FIRST_LOAD_MS);
    expect(parseSummary(outcome.text)).toEqual({ passed: TWO_SUM.visible, failed: 0 });
    console.log(`e2e python: Run after the runaway painted in ${Math.round(outcome.ms)} ms`);
  });

  it('Python that tries to reach the network, files or the page gets errors, and nothing reaches the listener', async () => {
    const { page } = session();
    const target = `${listener.origin}/from-python`;
    const probe = [
      'def attempt(name, action):',
      '    try:',
      '        action()',
      '        print("probe " + name + ": reached")',
      '    except BaseException as error:',
      '        print("probe " + name + ": blocked " + type(error).__name__)',
      '',
      'def two_sum(nums, target):',
      `    url = ${JSON.stringify(target)}`,
      '    attempt("urllib", lambda: __import__("urllib.request").request.urlopen(url))',
      '    attempt("js", lambda: __import__("js").fetch(url))',
      '    attempt("pyodide", lambda: __import__("pyodide.http").http.open_url(url))',
      '    attempt("open", lambda: open("/etc/passwd").read())',
      '    attempt("input", lambda: input())',
      '    seen = {}',
      '    for i, x in enumerate(nums):',
      '        if target - x in seen:',
      '            return [seen[target - x], i]',
      '        seen[x] = i',
      '',
    ].join('\n');
    await setEditorCode(page, probe);
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 30_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: TWO_SUM.visible, failed: 0 });
    const lines = await resultsRegion(page)
      .locator('li.test-result')
      .first()
      .locator('.console-line')
      .allTextContents();
    expect(lines.map((l) => l.trim())).toEqual([
      'probe urllib: blocked ImportError',
      'probe js: blocked ImportError',
      'probe pyodide: blocked ImportError',
      'probe open: blocked PermissionError',
      'probe input: blocked RuntimeError',
    ]);
    await page.waitForTimeout(300);
    expect(listener.hits).toEqual([]);
  });

  it('a JavaScript-topic problem (Jest specs) does not offer Python and says why', async () => {
    const { page } = session();
    await page.goto(appUrl('/problems/debounce'));
    await waitForEditor(page);
    const select = page.getByRole('combobox', { name: 'Language', exact: true });
    expect(await select.locator('option').allTextContents()).toEqual(['JavaScript', 'TypeScript']);
    const reasonId = await select.getAttribute('aria-describedby');
    expect(reasonId).toBeTruthy();
    const reason = page.locator(`[id="${reasonId}"]`);
    expect(await reason.textContent()).toMatch(/No Python/);
    expect(await reason.getAttribute('title')).toMatch(/JavaScript itself/);
  });

  it('every request stayed on the app’s origin (Pyodide came from the app’s own files), no page error', () => {
    const { requests, pageErrors } = session();
    expect(pageErrors).toEqual([]);
    expect(requests.some((url) => url.includes('pyodide.asm') && url.endsWith('.wasm'))).toBe(true);
    const origin = new URL(appUrl('/')).origin;
    const offOrigin = requests.filter(
      (url) => isLocalRequest(url) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(offOrigin.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  });
});
