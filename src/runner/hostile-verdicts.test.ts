/**
 * Hostile solutions against the real harness (in a Node worker thread, as the CLI runs it):
 * each tries to forge a pass or read what it must not, and each test fails if its guard goes.
 */
import { describe, expect, it } from 'vitest';
import { nodeSandbox } from '../../scripts/lib/node-sandbox';
import type { SandboxApi } from './protocol';
import { runTests, type RunnableProblem, type SandboxFactory } from './run-session';
import { addProblem, delayProblem } from './test-problems';

/** A `later(fn, ms)` that never calls fn: every spec test but the skipped one must fail. */
const WRONG_LATER = 'function later(fn, ms) {}';

const submit = (problem: RunnableProblem, code: string, acquire: SandboxFactory = nodeSandbox) =>
  runTests(problem, acquire, { mode: 'submit', code, language: 'js' });

/** A spec problem whose hidden spec has a test the wrong solution fails too. */
function laterProblem(): RunnableProblem {
  const problem = delayProblem();
  return {
    ...problem,
    spec: {
      ...problem.spec,
      hidden: `it('hidden: calls fn with its arguments', () => {
  vi.useFakeTimers();
  const fn = vi.fn();
  later(fn, 5);
  vi.advanceTimersByTime(5);
  expect(fn).toHaveBeenCalledTimes(1);
});`,
    },
  };
}

const specStatuses = (report: Awaited<ReturnType<typeof submit>>) =>
  report.tests.map((t) => `${t.name}: ${t.status}`);

describe('hostile solutions cannot forge a spec verdict', () => {
  it('a wrong solution fails its spec tests (the baseline the exploits try to change)', async () => {
    const report = await submit(laterProblem(), WRONG_LATER);
    expect(specStatuses(report)).toEqual([
      'later › calls fn after ms: fail',
      'later › not yet: skipped',
      'hidden: calls fn with its arguments: fail',
    ]);
  });

  it('replacing globalThis.Promise with a subclass whose resolve rewrites results to passed', async () => {
    const exploit = `const RP = Promise;
globalThis.Promise = class extends RP {
  static resolve(v) {
    return RP.resolve(v).then((r) => { if (r && 'passed' in r) { r.passed = true; delete r.error; } return r; });
  }
};
${WRONG_LATER}`;
    const report = await submit(laterProblem(), exploit);
    expect(report.passed).toBe(0);
    expect(specStatuses(report)).toContain('later › calls fn after ms: fail');
  });

  it('replacing Function can neither rewrite the compiled specs nor read the hidden spec', async () => {
    const exploit = `const F = Function;
let seen = '';
globalThis.Function = function (...parts) {
  seen += parts[parts.length - 1];
  parts[parts.length - 1] = "it('forged', () => {});";
  return F(...parts);
};
globalThis.Function.prototype = F.prototype;
function later(fn, ms) { console.log('seen: ' + seen.length); }`;
    const report = await submit(laterProblem(), exploit);
    expect(report.tests.map((t) => t.name)).not.toContain('forged');
    expect(report.passed).toBe(0);
    const printed = report.tests.flatMap((t) => t.console?.lines.map((l) => l.text) ?? []);
    expect(printed.filter((line) => line !== 'seen: 0')).toEqual([]);
  });

  it('adding then() to Object.prototype cannot turn results into thenables', async () => {
    const exploit = `try {
  Object.prototype.then = function (resolve) { delete Object.prototype.then; resolve({ passed: true, console: { lines: [] }, ms: 0 }); };
} catch {}
${WRONG_LATER}`;
    const report = await submit(laterProblem(), exploit);
    expect(report.passed).toBe(0);
  });

  it('a value posing as an asymmetric matcher cannot make toEqual pass', async () => {
    const problem: RunnableProblem = {
      ...addProblem([]),
      spec: { visible: `it('adds', () => { expect(add(1, 2)).toEqual(3); });` },
    };
    const exploit = `function add() { return { asymmetricMatch: () => true, $$typeof: Symbol.for('jest.asymmetricMatcher') }; }`;
    const report = await submit(problem, exploit);
    expect(specStatuses(report)).toEqual(['adds: fail']);
  });

  it('nor make toHaveBeenCalledWith pass when handed to a spy', async () => {
    const problem: RunnableProblem = {
      ...addProblem([]),
      spec: {
        visible: `it('calls back with the sum', () => { const fn = vi.fn(); add(1, 2, fn); expect(fn).toHaveBeenCalledWith(3); });`,
      },
    };
    const exploit = `function add(a, b, fn) { fn({ asymmetricMatch: () => true }); }`;
    const report = await submit(problem, exploit);
    expect(specStatuses(report)).toEqual(['calls back with the sum: fail']);
  });
});

/** nodeSandbox, recording every argument sent into the sandbox. */
function recordingSandbox(sent: unknown[]): SandboxFactory {
  return async () => {
    const handle = await nodeSandbox();
    const api = new Proxy(handle.api, {
      get(target, key: keyof SandboxApi) {
        const method = target[key] as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          sent.push(args);
          return method(...args);
        };
      },
    });
    return { ...handle, api };
  };
}

describe('what enters the sandbox', () => {
  const problem: RunnableProblem = {
    ...addProblem([
      { name: 'visible', args: [1, 2], expected: 31337, hidden: false },
      { name: 'secret', args: [4, 5], expected: 271828, hidden: true },
    ]),
    spec: {
      visible: `it('visible spec', () => { expect(add(1, 1)).toBe(2); });`,
      hidden: `it('hidden spec', () => { expect(add(2, 2)).toBe(4); }); // HIDDEN-SPEC-MARK`,
    },
  };

  it('Run sends neither expected values nor the hidden cases nor the hidden spec', async () => {
    const sent: unknown[] = [];
    await runTests(problem, recordingSandbox(sent), {
      mode: 'run',
      code: 'function add(a, b) { return a + b; }',
      language: 'js',
    });
    const text = JSON.stringify(sent);
    expect(text).toContain('visible spec');
    expect(text).not.toContain('31337');
    expect(text).not.toContain('271828');
    expect(text).not.toContain('[4,5]');
    expect(text).not.toContain('HIDDEN-SPEC-MARK');
  });

  it('Submit sends the hidden spec but still no expected value', async () => {
    const sent: unknown[] = [];
    const report = await runTests(problem, recordingSandbox(sent), {
      mode: 'submit',
      code: 'function add(a, b) { return a + b; }',
      language: 'js',
    });
    const text = JSON.stringify(sent);
    expect(text).toContain('HIDDEN-SPEC-MARK');
    expect(text).not.toContain('31337');
    expect(text).not.toContain('271828');
    expect(report.tests.map((t) => `${t.name}: ${t.status}`)).toEqual([
      'visible: fail',
      'secret: fail',
      'visible spec: pass',
      'hidden spec: pass',
    ]);
  });
});

describe('huge and strange results are summarised in the sandbox', () => {
  const returning = async (expression: string) => {
    const report = await runTests(addProblem([]), nodeSandbox, {
      mode: 'run',
      code: `function add(a, b) { return ${expression}; }`,
      language: 'js',
    });
    return report;
  };
  const oneCase = (expression: string) =>
    runTests(addProblem([{ name: 'one', args: [1, 2], expected: 3, hidden: false }]), nodeSandbox, {
      mode: 'run',
      code: `function add(a, b) { return ${expression}; }`,
      language: 'js',
      // What is checked is the verdict on the value; on a loaded machine building it can take
      // longer than the usual budget (the bench measures how fast these verdicts come).
      budgetMs: 10_000,
    }).then((report) => report.tests[0]);

  it('a sparse array of length 2^32-1 fails as too large, without being copied', async () => {
    const test = await oneCase('new Array(2 ** 32 - 1)');
    expect(test?.status).toBe('fail');
    expect(test?.actual).toBe('[too large to compare: an array of length 4294967295]');
  });

  it('300,000 pairs fail as too large', async () => {
    const test = await oneCase('Array.from({ length: 300000 }, (_, i) => [i, i])');
    expect(test?.status).toBe('fail');
    expect(test?.actual).toMatch(/^\[too large to compare/);
  });

  it('an object of 200,000 keys or 100,000 small objects fail as too large', async () => {
    const keys = await oneCase(
      '(() => { const o = {}; for (let i = 0; i < 2e5; i++) o["k" + i] = i; return o; })()',
    );
    expect(keys?.status).toBe('fail');
    expect(keys?.actual).toBe('[too large to compare: over 50000 objects and keys]');
    expect(keys?.reason).toMatch(/^The returned value is too large to compare: an answer may hold/);
    const small = await oneCase('Array.from({ length: 1e5 }, (_, i) => ({ a: i }))');
    expect(small?.actual).toBe('[too large to compare: over 50000 objects and keys]');
    const map = await oneCase('new Map(Array.from({ length: 6e4 }, (_, i) => [i, i]))');
    expect(map?.actual).toBe('[too large to compare: over 50000 objects and keys]');
  });

  it('a 5,000,000-character string, or many long keys, fail as too large', async () => {
    const long = await oneCase('"x".repeat(5e6)');
    expect(long?.status).toBe('fail');
    expect(long?.actual).toBe('[too large to compare: strings of over 2000000 characters in all]');
    const keys = await oneCase(
      '(() => { const o = {}; for (let i = 0; i < 3000; i++) o[String(i).padEnd(1000, "k")] = i; return o; })()',
    );
    expect(keys?.actual).toMatch(/^\[too large to compare: strings of over/);
  });

  it('a cyclic value fails with a bounded display', async () => {
    const test = await oneCase('(() => { const a = [1]; a.push(a); return a; })()');
    expect(test?.status).toBe('fail');
    expect(test?.actual).toMatch(/^\[a value that refers to itself\]/);
  });

  it('a BigInt fails as a wrong answer, not a crash', async () => {
    const test = await oneCase('[3n, { n: 3n }]');
    expect(test?.status).toBe('fail');
    expect((await returning('3n')).status).toBe('done');
  });

  it('shared (acyclic) references and 60,000-element answers still pass', async () => {
    const shared = await oneCase('(() => { const s = [1]; return a + b === 3 ? 3 : [s, s]; })()');
    expect(shared?.status).toBe('pass');
    const big = await runTests(
      addProblem([
        {
          name: 'big',
          args: [60000, 0],
          expected: Array.from({ length: 60000 }, (_, i) => i),
          hidden: false,
        },
      ]),
      nodeSandbox,
      {
        mode: 'run',
        code: 'function add(n) { return Array.from({ length: n }, (_, i) => i); }',
        language: 'js',
      },
    );
    expect(big.tests[0]?.status).toBe('pass');
    const pairs = Array.from({ length: 10_000 }, (_, i) => [i, i]);
    const groups = await runTests(
      addProblem([{ name: 'pairs', args: [10_000, 0], expected: pairs, hidden: false }]),
      nodeSandbox,
      {
        mode: 'run',
        code: 'function add(n) { return Array.from({ length: n }, (_, i) => [i, i]); }',
        language: 'js',
        budgetMs: 10_000,
      },
    );
    expect(groups.tests[0]?.status).toBe('pass');
  });
});
