import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../../src/domain/problem/parse-problem';
import { readProblemDir } from '../read-problem-dir';
import { readTimeoutRecords, timeoutFingerprint } from './timeout-records';
import { formatTimeoutsFile } from './timeouts-file';

const files = readProblemDir(join(import.meta.dirname, '../jail/fixtures/add-two'));
const problem = parseProblem('fixtures/add-two', files);
const minus = problem.wrong[0] as { name: string; code: string };
const record = (over: Record<string, unknown> = {}) => ({
  wrong: 'minus',
  fingerprint: timeoutFingerprint(problem, minus),
  ranMs: 6000,
  ...over,
});
const read = (text: string | undefined, changed = problem) =>
  readTimeoutRecords(
    changed,
    { ...files, ...(text !== undefined && { 'timeouts.json': text }) },
    'p',
  );

describe('timeouts.json records', () => {
  it('trusts a record whose fingerprint matches the wrong solution as it is', () => {
    const records = read(formatTimeoutsFile({ js: [record()] }));
    expect(records.failures).toEqual([]);
    expect(records.recorded(minus)).toBe(true);
    expect(records.outOfDate).toEqual([]);
  });

  it('no file: nothing is recorded, nothing fails', () => {
    const records = read(undefined);
    expect([records.recorded(minus), records.failures]).toEqual([false, []]);
  });

  it('a change to the wrong code, the tests or the budget puts the record out of date', () => {
    const text = formatTimeoutsFile({ js: [record()] });
    const changes = [
      { ...problem, wrong: [{ ...minus, code: `${minus.code}\n// edited` }] },
      { ...problem, tests: { ...problem.tests, cases: problem.tests.cases.slice(1) } },
      { ...problem, runBudgetMs: 4000 },
    ];
    for (const changed of changes) {
      const records = read(text, changed);
      const wrong = changed.wrong[0] as typeof minus;
      expect(records.recorded(wrong)).toBe(false);
      expect(records.outOfDate).toEqual(['minus']);
    }
  });

  it('names the file and field of a malformed record, a duplicate and a missing wrong file', () => {
    expect(read('{"js":[{"wrong":"minus","fingerprint":"abc","ranMs":6000}]}').failures).toEqual([
      'p/timeouts.json: js.0.fingerprint: must be a sha-256 hex digest',
    ]);
    expect(read('{"js":[], "py": []}').failures[0]).toMatch(/^p\/timeouts\.json: \(root\): /);
    expect(read('not json').failures[0]).toMatch(/^p\/timeouts\.json: \(root\): invalid JSON/);
    const twice = formatTimeoutsFile({ js: [record(), record()] });
    expect(read(twice).failures).toEqual([
      'p/timeouts.json: js.1.wrong: wrong/minus.js is recorded twice',
    ]);
    const gone = formatTimeoutsFile({ js: [record({ wrong: 'plus' })] });
    expect(read(gone).failures).toEqual([
      'p/timeouts.json: js.0.wrong: wrong/plus.js does not exist: remove the record',
    ]);
  });
});
