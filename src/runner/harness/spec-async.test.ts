import { describe, expect, it } from 'vitest';
import { runSpec, statuses } from './spec-test-support';

describe('spec runner: done callbacks, time limits and assertion counts', () => {
  it('waits for done(), fails on done(error), and fails when done is never called in time', async () => {
    const outcome = await runSpec(
      `it('waits', (done) => { setTimeout(() => { expect(1).toBe(1); done(); }, 20); });
      it('waits for a failing check', (done) => {
        setTimeout(() => { try { expect(1).toBe(2); done(); } catch (e) { done(e); } }, 20);
      });
      it('done with a value', (done) => { done('bad thing'); });
      it('never calls done', (done) => {}, 50);
      it('after', () => {});`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['waits', 'pass', undefined],
      ['waits for a failing check', 'fail', 'expected 1 to be 2 // Object.is equality'],
      ['done with a value', 'error', "Failed: done() was called with 'bad thing'"],
      [
        'never calls done',
        'error',
        'Test timed out in 50ms: done() was never called. Pass a longer timeout as the last argument if it needs more time.',
      ],
      ['after', 'pass', undefined],
    ]);
  });

  it('a late or repeated done() never crashes the sandbox or the tests after it', async () => {
    const outcome = await runSpec(
      `let late;
      it('times out', (done) => { late = done; }, 30);
      it('calls it twice', (done) => { done(); done(); done(new Error('again')); });
      it('late done from a timer', (done) => { setTimeout(() => late(new Error('late')), 0); setTimeout(done, 40); });
      it('still here', () => { late(); expect(2).toBe(2); });`,
    );
    expect(statuses(outcome)).toEqual({
      'times out': 'error',
      'calls it twice': 'pass',
      'late done from a timer': 'pass',
      'still here': 'pass',
    });
    expect(outcome.status).toBe('done');
  });

  it('refuses a body that both takes done and returns a promise; hooks may take done', async () => {
    const outcome = await runSpec(
      `let ready = false;
      beforeEach((done) => { setTimeout(() => { ready = true; done(); }, 10); });
      it('both', async (done) => { done(); });
      it('hook waited', () => { expect(ready).toBe(true); });`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['both', 'error', "Test functions cannot both take a 'done' callback and return a promise."],
      ['hook waited', 'pass', undefined],
    ]);
  });

  it('applies a per-test timeout to async tests, as a number or { timeout }', async () => {
    const outcome = await runSpec(
      `const wait = (ms) => new Promise((r) => setTimeout(r, ms));
      test('short limit', async () => { await wait(200); }, 30);
      test('options object', { timeout: 30 }, async () => { await wait(200); });
      test('enough', async () => { await wait(10); }, 1000);`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      [
        'short limit',
        'error',
        'Test timed out in 30ms. Pass a longer timeout as the last argument if it needs more time.',
      ],
      [
        'options object',
        'error',
        'Test timed out in 30ms. Pass a longer timeout as the last argument if it needs more time.',
      ],
      ['enough', 'pass', undefined],
    ]);
  });

  it('the time limit still works while the test uses fake timers or replaces setTimeout', async () => {
    const outcome = await runSpec(
      `test('fake', (done) => { vi.useFakeTimers(); }, 40);
      test('replaced', (done) => { globalThis.setTimeout = () => 0; globalThis.clearTimeout = () => {}; }, 40);
      test('after', () => {});`,
    );
    expect(statuses(outcome)).toEqual({ fake: 'error', replaced: 'error', after: 'pass' });
  });

  it('checks expect.assertions(n) and expect.hasAssertions() at the end of each test', async () => {
    const outcome = await runSpec(
      `test('exact', () => { expect.assertions(2); expect(1).toBe(1); expect(2).toBe(2); });
      test('too few', () => { expect.assertions(2); expect(1).toBe(1); });
      test('async count', async () => {
        expect.assertions(1);
        await Promise.resolve().then(() => expect(true).toBe(true));
      });
      test('none', () => { expect.hasAssertions(); });
      test('reset per test', () => {});
      test('some', () => { expect.hasAssertions(); expect(1).toBeTruthy(); });`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['exact', 'pass', undefined],
      ['too few', 'fail', 'expected number of assertions to be 2, but got 1'],
      ['async count', 'pass', undefined],
      ['none', 'fail', 'expected any number of assertion, but got none'],
      ['reset per test', 'pass', undefined],
      ['some', 'pass', undefined],
    ]);
  });
});

describe('spec runner: vi mocks and timers', () => {
  it('clearAllMocks, resetAllMocks and restoreAllMocks', async () => {
    const outcome = await runSpec(
      `const obj = { hello: () => 'real' };
      test('clear keeps the implementation', () => {
        const f = vi.fn(() => 1); f();
        vi.clearAllMocks();
        expect(f).not.toHaveBeenCalled();
        expect(f()).toBe(1);
      });
      test('reset drops the implementation', () => {
        const f = vi.fn().mockReturnValue(5); f();
        vi.resetAllMocks();
        expect(f).not.toHaveBeenCalled();
        expect(f()).toBeUndefined();
      });
      test('restore puts spied methods back', () => {
        vi.spyOn(obj, 'hello').mockImplementation(() => 'mocked');
        expect(obj.hello()).toBe('mocked');
        jest.restoreAllMocks();
        expect(obj.hello()).toBe('real');
      });`,
    );
    expect(Object.values(statuses(outcome))).toEqual(['pass', 'pass', 'pass']);
  });

  it('clearAllTimers drops pending timers; runAllTicks as with Vitest default fakes', async () => {
    const outcome = await runSpec(
      `test('clearAllTimers', () => {
        vi.useFakeTimers();
        const f = vi.fn();
        setTimeout(f, 10); setInterval(f, 5);
        expect(vi.getTimerCount()).toBe(2);
        vi.clearAllTimers();
        expect(vi.getTimerCount()).toBe(0);
        vi.advanceTimersByTime(100);
        expect(f).not.toHaveBeenCalled();
      });
      test('runAllTicks', async () => {
        vi.useFakeTimers();
        const f = vi.fn();
        queueMicrotask(f);
        expect(vi.runAllTicks()).toBe(vi);
        await Promise.resolve();
        expect(f).toHaveBeenCalledTimes(1);
      });
      test('queueMicrotask stays real', () => { vi.useFakeTimers({ toFake: ['queueMicrotask'] }); });
      test('real timers again after a test', () => { expect(vi.isFakeTimers()).toBe(false); });
      test('needs fake timers first', () => { vi.clearAllTimers(); });`,
    );
    expect(outcome.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['clearAllTimers', 'pass', undefined],
      ['runAllTicks', 'pass', undefined],
      [
        'queueMicrotask stays real',
        'error',
        'not supported: faking queueMicrotask in this sandbox',
      ],
      ['real timers again after a test', 'pass', undefined],
      ['needs fake timers first', 'error', 'call vi.useFakeTimers() first'],
    ]);
  });
});
