import { describe, expect, it } from 'vitest';
import {
  FIXTURE_FILES,
  FIXTURE_SURVIVOR,
  fixtureProblem,
  PY_FIXTURE_FILES,
  PY_FIXTURE_SURVIVOR,
} from './fixture-problem';
import { mutantDiff } from './format-mutant';
import { javascript, jsMutants } from './js-mutants';
import { keyOf } from './mutant';
import { python } from './py-mutants';
import { mutateProblem } from './run-mutants';

describe('jsMutants (Stryker instrumenter)', () => {
  it('turns each mutant into the reference with one change spliced in', async () => {
    const reference = FIXTURE_FILES['solution.js'] ?? '';
    const mutants = await jsMutants(reference);
    expect(mutants.length).toBeGreaterThan(4);
    const flipped = mutants.find((m) => m.replacement === 'n >= 0');
    expect(flipped).toMatchObject({ mutator: 'EqualityOperator', line: 3, original: 'n > 0' });
    expect(flipped?.code).toBe(reference.replace('n > 0', 'n >= 0'));
    for (const m of mutants) expect(m.code).not.toBe(reference);
  });

  it('prints a mutant as a diff of the lines it changes', async () => {
    const reference = FIXTURE_FILES['solution.js'] ?? '';
    const mutants = await jsMutants(reference);
    const flipped = mutants.find((m) => m.replacement === 'n >= 0');
    expect(flipped && mutantDiff(flipped, reference, 'solution.js')).toBe(
      [
        'solution.js:3:29-3:34 EqualityOperator',
        '-   for (const n of nums) if (n > 0) count += 1;',
        '+   for (const n of nums) if (n >= 0) count += 1;',
      ].join('\n'),
    );
  });
});

describe('mutateProblem', () => {
  it(
    'kills every mutant the tests catch and reports the one they miss',
    { timeout: 90_000 },
    async () => {
      const run = await mutateProblem(fixtureProblem(), javascript);
      const survivors = run.outcomes.filter((o) => !o.killed).map((o) => keyOf(o.mutant));
      expect(survivors).toEqual([FIXTURE_SURVIVOR]);
      expect(run.killed).toBe(run.total - 1);
      for (const o of run.outcomes.filter((x) => x.killed)) expect(o.killedBy).toBeTruthy();
    },
  );

  it('kills the survivor once a test holds a zero', { timeout: 90_000 }, async () => {
    const tests = JSON.parse(FIXTURE_FILES['tests.json'] ?? '{}');
    tests.cases.push({ name: 'zero', args: [[0, 4]], expected: 1, hidden: true });
    const problem = fixtureProblem({ ...FIXTURE_FILES, 'tests.json': JSON.stringify(tests) });
    const run = await mutateProblem(problem, javascript);
    expect(run.killed).toBe(run.total);
    const flipped = run.outcomes.find((o) => o.mutant.replacement === 'n >= 0');
    expect(flipped?.killedBy).toBe('zero: fail');
  });

  it('refuses to judge mutants of a reference that fails its own tests', async () => {
    const broken = { ...FIXTURE_FILES, 'solution.js': 'function countPositives() { return 0; }' };
    await expect(mutateProblem(fixtureProblem(broken), javascript)).rejects.toThrow(
      /solution\.js must pass every test first \(mixed: fail\)/,
    );
  });
});

describe('mutateProblem of a Python reference', () => {
  it(
    'runs each mutant of solution.py through the Python judge and reports the one the tests miss',
    { timeout: 120_000 },
    async () => {
      const run = await mutateProblem(fixtureProblem(PY_FIXTURE_FILES), python);
      expect(run.language).toBe('py');
      const survivors = run.outcomes.filter((o) => !o.killed).map((o) => keyOf(o.mutant));
      expect(survivors).toEqual([PY_FIXTURE_SURVIVOR]);
      expect(run.total).toBeGreaterThan(5);
      expect(run.killed).toBe(run.total - 1);
      const emptied = run.outcomes.find((o) => o.mutant.mutator === 'AssignmentOperator');
      expect(emptied?.killedBy).toBe('mixed: fail');
    },
  );

  it(
    'refuses to judge mutants of a Python reference that fails its own tests',
    { timeout: 60_000 },
    async () => {
      const broken = {
        ...PY_FIXTURE_FILES,
        'solution.py': 'def count_positives(nums):\n    return 0\n',
      };
      await expect(mutateProblem(fixtureProblem(broken), python)).rejects.toThrow(
        /solution\.py must pass every test first \(mixed: fail\)/,
      );
    },
  );
});
