import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { caseCounts, openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { parseSummary, resultsRegion, runAndWatch } from './support/results';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const tests = JSON.parse(readProblemFile('two-sum', 'tests.json')) as {
  cases: { name: string; hidden: boolean; expected: unknown }[];
};
const counts = caseCounts(tests);

describe('judging two-sum in the browser', () => {
  const session = useBrowser();

  it('passes every test on Submit with the reference solution', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    const outcome = await runAndWatch(page, { click: 'Submit' });
    expect(parseSummary(outcome.text)).toEqual({ passed: counts.all, failed: 0 });
  });

  it('shows failures with expected and actual values for a wrong solution', async () => {
    const { page } = session();
    await setEditorCode(page, 'function twoSum(nums, target) {\nreturn [-1, -1];\n}\n');
    const outcome = await runAndWatch(page, { click: 'Run' });
    expect(parseSummary(outcome.text)).toEqual({ passed: 0, failed: counts.visible });
    const region = resultsRegion(page);
    await expect.poll(() => region.innerText()).toMatch(/expected/i);
    const text = await region.innerText();
    expect(text).toMatch(/\[\s*-1\s*,\s*-1\s*\]/); // the actual value
    const firstVisible = tests.cases.find((c) => !c.hidden);
    const expectedShown = JSON.stringify(firstVisible?.expected)
      .replace(/[[\]]/g, '\\$&')
      .replace(/,/g, '\\s*,\\s*');
    expect(text).toMatch(new RegExp(expectedShown)); // the expected value
  });

  it('fails a known-wrong solution from the problem folder on Submit', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'wrong/reuses-same-element.js'));
    const outcome = await runAndWatch(page, { click: 'Submit' });
    const { passed, failed } = parseSummary(outcome.text);
    expect(failed).toBeGreaterThan(0);
    expect(passed + failed).toBe(counts.all);
  });

  it('runs a TypeScript solution (types stripped) and passes on Submit', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'ts');
    const code = [
      'function twoSum(nums: number[], target: number): number[] {',
      'const seen = new Map<number, number>();',
      'for (let i = 0; i < nums.length; i++) {',
      'const j = seen.get(target - nums[i]);',
      'if (j !== undefined) return [j, i];',
      'seen.set(nums[i], i);',
      '}',
      'return [];',
      '}',
      '',
    ].join('\n');
    await setEditorCode(page, code);
    const outcome = await runAndWatch(page, { click: 'Submit' });
    expect(parseSummary(outcome.text)).toEqual({ passed: counts.all, failed: 0 });
  });

  itStayedLocalAndQuiet(session);
});
