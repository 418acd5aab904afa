import { describe, expect, it } from 'vitest';
import type { SandboxFactory } from '../../../src/runner/run-session';
import { checkMutation } from './check-mutation';
import {
  FIXTURE_FILES,
  FIXTURE_SURVIVOR,
  fixtureProblem,
  PY_FIXTURE_FILES,
  PY_FIXTURE_SURVIVOR,
} from './fixture-problem';
import { javascript } from './js-mutants';
import { formatMutantsFile, parseMutantsFile, type MutantsFile } from './mutants-file';
import { python } from './py-mutants';
import { fingerprint, judgeSurvivors } from './mutation-verdict';

const REASON = 'no test holds a zero, and zero is not in the inputs either';
const declared = { ...FIXTURE_SURVIVOR, reason: REASON };
const withMutants = (content: MutantsFile) => ({
  ...FIXTURE_FILES,
  'mutants.json': formatMutantsFile(content),
});
/** A sandbox that must not be asked for: the check has to come from the record alone. */
const noSandbox: SandboxFactory = () => Promise.reject(new Error('ran code'));

describe('judgeSurvivors', () => {
  it('fails an undeclared survivor and accepts a declared one', () => {
    expect(judgeSurvivors([FIXTURE_SURVIVOR], [], javascript)).toEqual([
      'undeclared surviving mutant solution.js:3:29-3:34 EqualityOperator → "n >= 0": add a test that kills it, or declare it equivalent in mutants.json (js section) with a reason',
    ]);
    expect(judgeSurvivors([FIXTURE_SURVIVOR], [declared], javascript)).toEqual([]);
  });

  it('fails a declaration that is not a survivor', () => {
    const stale = { ...declared, at: '3:30-3:35' };
    expect(judgeSurvivors([FIXTURE_SURVIVOR], [declared, stale], javascript)).toEqual([
      'mutants.json (js section): declared equivalent mutant solution.js:3:30-3:35 EqualityOperator → "n >= 0" is not among the recorded survivors: remove the stale declaration',
    ]);
  });
});

describe('parseMutantsFile', () => {
  it('names the file and the field of an invalid declaration', () => {
    const text = JSON.stringify({ js: { equivalent: [{ ...FIXTURE_SURVIVOR, reason: 'short' }] } });
    expect(() => parseMutantsFile(text, 'problems/x/mutants.json')).toThrow(
      'problems/x/mutants.json: js.equivalent.0.reason: say in one line why no valid input can tell this mutant apart',
    );
    const badAt = JSON.stringify({ js: { equivalent: [{ ...declared, at: 'line 3' }] } });
    expect(() => parseMutantsFile(badAt, 'm.json')).toThrow(
      /m\.json: js\.equivalent\.0\.at: must be the range "line:column-line:column"/,
    );
    expect(() => parseMutantsFile('{"ruby": {}}', 'm.json')).toThrow(
      /m\.json: \(root\): Unrecognized key: "ruby"/,
    );
    expect(() => parseMutantsFile('{', 'm.json')).toThrow(/m\.json: \(root\): invalid JSON/);
  });

  it('reads back what formatMutantsFile writes', () => {
    const content: MutantsFile = {
      js: {
        equivalent: [declared],
        record: {
          fingerprint: 'a'.repeat(64),
          killed: 9,
          total: 10,
          survivors: [FIXTURE_SURVIVOR],
        },
      },
    };
    const text = formatMutantsFile(content);
    expect(parseMutantsFile(text, 'm.json')).toEqual(content);
    expect(text).toContain(`\n        ${JSON.stringify(FIXTURE_SURVIVOR)}\n`);
  });
});

describe('checkMutation (validate)', () => {
  const problem = fixtureProblem();
  const record = (survivors = [FIXTURE_SURVIVOR]) => ({
    fingerprint: fingerprint(problem, javascript),
    killed: 7,
    total: 8,
    survivors,
  });

  it('trusts a current record without running code', async () => {
    const files = withMutants({ js: { equivalent: [declared], record: record() } });
    const check = await checkMutation(problem, files, 'problems/count-positives', {
      sandbox: noSandbox,
    });
    expect(check).toEqual({
      failures: [],
      scores: [{ language: 'js', killed: 7, total: 8 }],
      reran: [],
    });
  });

  it('fails an undeclared survivor in the record', async () => {
    const files = withMutants({ js: { equivalent: [], record: record() } });
    const check = await checkMutation(problem, files, 'problems/count-positives', {
      sandbox: noSandbox,
    });
    expect(check.failures).toEqual([
      expect.stringMatching(/^undeclared surviving mutant solution\.js:3:29/),
    ]);
  });

  it(
    'runs the mutants again when the record is out of date, and names what kills a stale declaration',
    { timeout: 90_000 },
    async () => {
      const tests = JSON.parse(FIXTURE_FILES['tests.json'] ?? '{}');
      tests.cases.push({ name: 'zero', args: [[0]], expected: 0, hidden: true });
      const files = {
        ...withMutants({ js: { equivalent: [declared], record: record() } }),
        'tests.json': JSON.stringify(tests),
      };
      const changed = fixtureProblem(files);
      const check = await checkMutation(changed, files, 'problems/count-positives');
      expect(check.reran).toEqual(['js']);
      expect(check.scores).toEqual([
        { language: 'js', killed: check.scores[0]?.total, total: expect.any(Number) },
      ]);
      expect(check.failures).toEqual([
        'mutants.json (js section): declared equivalent mutant solution.js:3:29-3:34 EqualityOperator → "n >= 0" is killed (zero: fail): remove the stale declaration',
      ]);
    },
  );

  it('reports an invalid mutants.json by file and field', async () => {
    const files = { ...FIXTURE_FILES, 'mutants.json': '{"js": {"equivalent": [{}]}}' };
    const check = await checkMutation(problem, files, 'problems/count-positives', {
      sandbox: noSandbox,
    });
    expect(check.failures[0]).toMatch(
      /^problems\/count-positives\/mutants\.json: js\.equivalent\.0\.at: /,
    );
  });
});

describe('checkMutation of Python references (validate)', () => {
  const problem = fixtureProblem(PY_FIXTURE_FILES);
  const pyDeclared = { ...PY_FIXTURE_SURVIVOR, reason: REASON };
  const pyRecord = (survivors = [PY_FIXTURE_SURVIVOR]) => ({
    fingerprint: fingerprint(problem, python),
    killed: 6,
    total: 7,
    survivors,
  });
  const jsSection = {
    equivalent: [declared],
    record: {
      fingerprint: fingerprint(problem, javascript),
      killed: 7,
      total: 8,
      survivors: [FIXTURE_SURVIVOR],
    },
  };
  const filesWith = (content: MutantsFile, base = PY_FIXTURE_FILES) => ({
    ...base,
    'mutants.json': formatMutantsFile(content),
  });

  it('trusts current records of both languages without running code', async () => {
    const files = filesWith({
      js: jsSection,
      py: { equivalent: [pyDeclared], record: pyRecord() },
    });
    const check = await checkMutation(problem, files, 'problems/count-positives', {
      sandbox: noSandbox,
    });
    expect(check).toEqual({
      failures: [],
      scores: [
        { language: 'js', killed: 7, total: 8 },
        { language: 'py', killed: 6, total: 7 },
      ],
      reran: [],
    });
  });

  it('fails an undeclared Python survivor, naming the file, the section and the mutant', async () => {
    const files = filesWith({ js: jsSection, py: { equivalent: [], record: pyRecord() } });
    const check = await checkMutation(problem, files, 'problems/count-positives', {
      sandbox: noSandbox,
    });
    expect(check.failures).toEqual([
      'undeclared surviving mutant solution.py:4:12-4:17 EqualityOperator → "n >= 0": add a test that kills it, or declare it equivalent in mutants.json (py section) with a reason',
    ]);
  });

  it('fails a Python declaration that the record does not hold', async () => {
    const files = filesWith({
      js: jsSection,
      py: { equivalent: [pyDeclared], record: pyRecord([]) },
    });
    const check = await checkMutation(problem, files, 'problems/count-positives', {
      sandbox: noSandbox,
    });
    expect(check.failures).toEqual([
      'mutants.json (py section): declared equivalent mutant solution.py:4:12-4:17 EqualityOperator → "n >= 0" is not among the recorded survivors: remove the stale declaration',
    ]);
  });

  it(
    'runs the Python mutants again when the record is out of date, and names what kills a stale declaration',
    { timeout: 120_000 },
    async () => {
      const tests = JSON.parse(PY_FIXTURE_FILES['tests.json'] ?? '{}');
      tests.cases.push({ name: 'zero', args: [[0]], expected: 0, hidden: true });
      const files = {
        ...filesWith({ js: jsSection, py: { equivalent: [pyDeclared], record: pyRecord() } }),
        'tests.json': JSON.stringify(tests),
      };
      const check = await checkMutation(
        fixtureProblem(files),
        files,
        'problems/count-positives',
        {},
        ['py'],
      );
      expect(check.reran).toEqual(['py']);
      expect(check.scores).toEqual([
        { language: 'py', killed: check.scores[0]?.total, total: expect.any(Number) },
      ]);
      expect(check.failures).toEqual([
        'mutants.json (py section): declared equivalent mutant solution.py:4:12-4:17 EqualityOperator → "n >= 0" is killed (zero: fail): remove the stale declaration',
      ]);
    },
  );
});
