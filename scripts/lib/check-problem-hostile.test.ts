/**
 * Hostile or broken problem code against the validator: a hanging generator or
 * checker is killed and named, process.exit() cannot end validation early, and
 * syntax errors are blamed on the file that holds them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../src/domain/problem/parse-problem';
import { checkProblem } from './check-problem';
import { PROBLEM_CALL_MS } from './jail/problem-jail';
import { readProblemDir } from './read-problem-dir';

const fixture = join(import.meta.dirname, 'jail/fixtures/add-two');
const files = readProblemDir(fixture);
const check = (changes: Record<string, string>) =>
  checkProblem(parseProblem('fixtures/add-two', { ...files, ...changes }));

describe('validate against broken or hostile problem code', () => {
  it('passes the untouched fixture (so each failure below is the change it makes)', async () => {
    expect((await check({})).failures).toEqual([]);
  });

  it('kills a generator or a checker that never returns, and names the file', async () => {
    const [generator, checker] = await Promise.all([
      check({ 'generator.js': 'function generate(n) { for (;;) {} }' }),
      check({ 'checker.js': 'function check() { while (true) {} }' }),
    ]);
    const limit = `did not finish within ${PROBLEM_CALL_MS} ms`;
    expect(generator.failures.join('\n')).toMatch(new RegExp(`^generator\\.js ${limit}`, 'm'));
    expect(checker.failures.join('\n')).toMatch(new RegExp(`^checker\\.js ${limit}`, 'm'));
  }, 30_000);

  it('process.exit() in a generator or checker is an error naming the file, not an early exit', async () => {
    const [generator, checker] = await Promise.all([
      check({ 'generator.js': 'function generate(n) { process.exit(0); }' }),
      check({ 'checker.js': 'function check() { process.exit(0); }' }),
    ]);
    expect(generator.failures.join('\n')).toMatch(
      /^generator\.js at n=1: ReferenceError: process is not defined/m,
    );
    expect(checker.failures.join('\n')).toMatch(/^checker\.js.*process is not defined/m);
  });

  it('blames a syntax error on checker.js, spec.js, spec.hidden.js or generator.js', async () => {
    const broken = 'function (';
    for (const file of ['checker.js', 'spec.js', 'spec.hidden.js', 'generator.js']) {
      const result = await check({ [file]: broken });
      expect(result.failures).toHaveLength(1);
      expect(result.failures[0]).toMatch(
        new RegExp(`^${file.replace('.', '\\.')} does not parse: `),
      );
    }
  });

  it('blames a spec that throws while registering its tests on the spec file', async () => {
    const result = await check({ 'spec.hidden.js': 'throw new Error("bad spec")' });
    expect(result.failures.join('\n')).toMatch(/^spec\.hidden\.js does not load: Error: bad spec/m);
    expect(result.failures.join('\n')).not.toMatch(/solution\.js/);
  });
});

describe('npm run validate with hostile problem code', () => {
  it('exits 1 naming generator.js when the generator calls process.exit(0)', () => {
    const pack = mkdtempSync(join(tmpdir(), 'validate-pack-'));
    cpSync(fixture, join(pack, 'add-two'), { recursive: true });
    writeFileSync(join(pack, 'add-two/generator.js'), 'function generate() { process.exit(0); }');
    const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
    const out = spawnSync(tsx, [join(import.meta.dirname, '../validate.ts'), pack, '--no-growth'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(
      /✗ add-two: generator\.js at n=1: ReferenceError: process is not defined/,
    );
    expect(out.stdout).toMatch(/problems: 0 passed, 1 failed/);
  }, 60_000);
});
