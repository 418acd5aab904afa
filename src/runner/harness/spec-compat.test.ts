import { describe, expect, it } from 'vitest';
import { runSpec, statuses } from './spec-test-support';

describe('spec runner: Jest/Vitest registration', () => {
  it('runs specs as strict code: writing a getter-only property throws', async () => {
    const outcome = await runSpec(
      `test('read-only', () => {
        const point = subject({});
        Object.defineProperty(point, 'x', { get: () => 1 });
        expect(() => { point.x = 2; }).toThrow(TypeError);
      });
      test('no implicit globals', () => {
        expect(() => { undeclaredName = 1; }).toThrow(ReferenceError);
      });`,
    );
    expect(statuses(outcome)).toEqual({ 'read-only': 'pass', 'no implicit globals': 'pass' });
  });

  it('skips xit, xtest, xdescribe, test.skip, describe.skip and todo tests', async () => {
    const outcome = await runSpec(
      `xit('a', () => { throw new Error('ran'); });
      xtest('b', () => { throw new Error('ran'); });
      test.skip('c', () => { throw new Error('ran'); });
      test.todo('d');
      xdescribe('e', () => { it('f', () => { throw new Error('ran'); }); });
      describe.skip('g', () => { it('h', () => { throw new Error('ran'); }); });
      it('runs', () => {});`,
    );
    expect(statuses(outcome)).toEqual({
      a: 'skipped',
      b: 'skipped',
      c: 'skipped',
      d: 'skipped',
      'e › f': 'skipped',
      'g › h': 'skipped',
      runs: 'pass',
    });
  });

  it('focuses fit/test.only/fdescribe: everything else is skipped', async () => {
    const outcome = await runSpec(
      `it('plain', () => {});
      fit('focused', () => {});
      fdescribe('block', () => { it('inside', () => {}); });
      describe.only('narrowed', () => { it('other', () => {}); it.only('chosen', () => {}); });
      describe('outside', () => { test.only('deep', () => {}); test('shallow', () => {}); });`,
    );
    expect(statuses(outcome)).toEqual({
      plain: 'skipped',
      focused: 'pass',
      'block › inside': 'pass',
      'narrowed › other': 'skipped',
      'narrowed › chosen': 'pass',
      'outside › deep': 'pass',
      'outside › shallow': 'skipped',
    });
  });

  it('test.each with arrays, single values and printf titles (%s %d %i %j %o %# %$ %%)', async () => {
    const outcome = await runSpec(
      `test.each([[2.5, 2.5, 'one', { k: 1 }, [2]], [-1, '7', 'two', [3], null]])(
        '%# %$ %d %i %s %j %o 100%%',
        (n, m, word) => { expect(typeof word).toBe('string'); });
      it.each([3, 4])('single %i', (n) => { expect(n).toBeGreaterThan(2); });
      it.each([5])('fails %i', (n) => { expect(n).toBe(6); });`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status])).toEqual([
      ['0 1 2.5 2 one {"k":1} [ 2 ] 100%', 'pass'],
      ['1 2 -1 7 two [3] null 100%', 'pass'],
      ['single 3', 'pass'],
      ['single 4', 'pass'],
      ['fails 5', 'fail'],
    ]);
  });

  it('each with a tagged template and $name titles, describe.each and skipped each', async () => {
    const outcome = await runSpec(
      'describe.each`\n  a    | b    | sum\n  ${1} | ${2} | ${3}\n  ${"x"} | ${"y"} | ${"xy"}\n`(' +
        "'$a + $b', ({ a, b, sum }) => { it('is $sum', () => { expect(a + b).toBe(sum); }); });\n" +
        "test.skip.each([[1]])('skipped %i', () => { throw new Error('ran'); });\n" +
        "test.each([{ user: { name: 'ada' } }])('hello $user.name', ({ user }) => { expect(user.name).toBe('ada'); });",
    );
    expect(statuses(outcome)).toEqual({
      '1 + 2 › is $sum': 'pass',
      "'x' + 'y' › is $sum": 'pass',
      'skipped 1': 'skipped',
      "hello 'ada'": 'pass',
    });
  });

  it('a malformed tagged-template table reports why instead of running anything', async () => {
    const outcome = await runSpec('test.each`\n a | b\n ${1}\n`("t", () => {});');
    expect(outcome.tests[0]?.status).toBe('error');
    expect(outcome.tests[0]?.message).toMatch(/1 values do not fill rows of 2 columns \(a, b\)/);
  });

  it('anything unsupported fails with "not supported: <name>" and the other tests still run', async () => {
    const outcome = await runSpec(
      `test.concurrent('parallel', () => {});
      it('mocks a module', () => { vi.mock('./x'); });
      it('snapshots', () => { expect(1).toMatchSnapshot(); });
      it('jest alias', () => { jest.requireActual('./x'); });
      test('retry option', { retry: 2 }, () => {});
      it('still runs', () => { expect(jest.fn()).not.toHaveBeenCalled(); });`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['parallel', 'error', 'not supported: test.concurrent'],
      ['mocks a module', 'error', 'not supported: vi.mock'],
      ['snapshots', 'error', 'not supported: toMatchSnapshot'],
      ['jest alias', 'error', 'not supported: jest.requireActual'],
      ['retry option', 'error', 'not supported: test option "retry"'],
      ['still runs', 'pass', undefined],
    ]);
  });

  it('test.fails passes only when the body fails; Vitest context bodies get expect', async () => {
    const outcome = await runSpec(
      `test.fails('expected to fail', () => { expect(1).toBe(2); });
      test.fails('wrongly passes', () => {});
      test('context', ({ expect: local, task }) => { local(task.name).toBe('context'); });`,
    );
    expect(statuses(outcome)).toEqual({
      'expected to fail': 'pass',
      'wrongly passes': 'fail',
      context: 'pass',
    });
  });

  it('runs afterAll hooks after the last test of their block, and beforeAll failures fail the block', async () => {
    const outcome = await runSpec(
      `const log = [];
      describe('a', () => {
        afterAll(() => { log.push('after a'); });
        it('one', () => { log.push('one'); });
        it('two', () => { log.push('two'); });
      });
      describe('b', () => {
        beforeAll(() => { throw new Error('setup broke'); });
        it('three', () => {});
      });
      it('order', () => { expect(log).toEqual(['one', 'two', 'after a']); });`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['a › one', 'pass', undefined],
      ['a › two', 'pass', undefined],
      ['b › three', 'error', 'setup broke'],
      ['order', 'pass', undefined],
    ]);
  });
});
