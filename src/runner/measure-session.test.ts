import { describe, expect, it } from 'vitest';
import { nodeSandbox } from '../../scripts/lib/node-sandbox';
import { measureGrowth, type MeasurableProblem } from './measure-session';
import type { MeasureResult, SandboxApi } from './protocol';
import type { SandboxFactory } from './run-session';

const arrayProblem: MeasurableProblem = {
  entry: {
    kind: 'function',
    name: 'f',
    params: [{ name: 'nums', type: 'number[]', shape: 'json' }],
    returns: { type: 'number', shape: 'json' },
  },
  generator:
    'function generate(n, random) { return [Array.from({ length: n }, () => Math.floor(random() * 1000))]; }',
};

/**
 * A sandbox in this process whose "code" is a script of fake behaviour: its
 * cost per call (ms as a function of n), where it throws or hangs, and what it returns.
 */
interface Fake {
  cost: (n: number) => number;
  throwAt?: number;
  hangAt?: number;
  nothing?: boolean;
  syntaxError?: boolean;
}

function fakeSandboxes(scripts: Record<string, Fake>) {
  const disposed: boolean[] = [];
  const acquire: SandboxFactory = async () => {
    const index = disposed.push(false) - 1;
    let fake: Fake | undefined;
    const never = new Promise<never>(() => undefined);
    const api: Pick<SandboxApi, 'load' | 'prepareMeasure' | 'measureSize'> = {
      async load(req) {
        fake = scripts[req.code];
        if (!fake || fake.syntaxError)
          return {
            ok: false,
            error: { kind: 'compile', name: 'SyntaxError', message: 'Unexpected token' },
          };
        return { ok: true };
      },
      prepareMeasure: async () => ({ ok: true }),
      measureSize(req): Promise<MeasureResult> {
        const f = fake as Fake;
        if (f.hangAt !== undefined && req.n >= f.hangAt) return never;
        if (f.throwAt !== undefined && req.n >= f.throwAt) {
          return Promise.resolve({
            ok: false,
            stage: 'run',
            error: {
              kind: 'runtime',
              name: 'RangeError',
              message: 'Maximum call stack size exceeded',
            },
          });
        }
        const ms = f.cost(req.n);
        const timing = {
          n: req.n,
          ms,
          medianMs: ms,
          samples: 5,
          callsPerBatch: 1,
          returnedNothing: f.nothing === true,
          mutatesInput: false,
          generateMs: 0,
          spentMs: 5,
        };
        return Promise.resolve({ ok: true, timing });
      },
    };
    return { api: api as SandboxApi, crashed: never, dispose: () => (disposed[index] = true) };
  };
  return { acquire, disposed };
}

const quick = { budgetMs: 600 };

describe('measureGrowth with fake timings', () => {
  const { acquire, disposed } = fakeSandboxes({
    linear: { cost: (n) => 1e-4 + n * 1e-5 },
    quadratic: { cost: (n) => n * n * 1e-7 },
    throwsLarge: { cost: (n) => n * 1e-5, throwAt: 1024 },
    hangs: { cost: () => 0, hangAt: 0 },
    hangsLater: { cost: (n) => n * 1e-5, hangAt: 256 },
    nothing: { cost: () => 1e-5, nothing: true },
    broken: { cost: () => 0, syntaxError: true },
  });

  it('reports the class, its confidence and the points, and times the reference on the same sizes', async () => {
    const report = await measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'quadratic',
      language: 'js',
      reference: { code: 'linear' },
    });
    expect(report.ok && report.best).toBe('n^2');
    expect(report.ok && report.confidence).toBeGreaterThan(0.5);
    expect(report.reference?.ok && report.reference.best).toBe('n');
    expect(report.reference?.points.map((p) => p.n)).toEqual(report.points.map((p) => p.n));
    expect(disposed.every(Boolean)).toBe(true);
  });

  it('says "could not measure" when the code throws on large inputs', async () => {
    const report = await measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'throwsLarge',
      language: 'js',
    });
    expect(report).toMatchObject({
      ok: false,
      failure: 'runtime-error',
      reason:
        'could not measure: the solution threw at n = 1024: RangeError: Maximum call stack size exceeded',
    });
    expect(report.points.map((p) => p.n)).toEqual([4, 8, 16, 32, 64, 128, 256, 512]);
  });

  it('cuts off a size that runs past its share, terminates the sandbox and keeps the sizes before it', async () => {
    const report = await measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'hangsLater',
      language: 'js',
    });
    expect(report).toMatchObject({
      ok: true,
      best: 'n',
      stop: 'n = 256 ran past its 240 ms share and was cut off',
    });
    expect(report.points.map((p) => p.n)).toEqual([4, 8, 16, 32, 64, 128]);
    expect(disposed.every(Boolean)).toBe(true);
  });

  it('says "could not measure" when the code times out at the smallest size', async () => {
    const report = await measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'hangs',
      language: 'js',
    });
    expect(report).toMatchObject({
      ok: false,
      failure: 'timeout',
      reason:
        'could not measure: the solution timed out at n = 4, the smallest size (ran past 240 ms)',
    });
  });

  it('rejects code that returns nothing where the reference returns a value', async () => {
    const report = await measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'nothing',
      language: 'js',
      reference: { code: 'linear' },
    });
    expect(report).toMatchObject({ ok: false, failure: 'no-result' });
    expect(report.reference?.ok).toBe(true);
  });

  it('reports code that does not load, and a stop', async () => {
    const broken = await measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'broken',
      language: 'js',
    });
    expect(broken).toMatchObject({
      ok: false,
      failure: 'compile-error',
      reason: 'could not measure: the code does not load: SyntaxError: Unexpected token',
    });
    const controller = new AbortController();
    const measuring = measureGrowth(arrayProblem, acquire, {
      ...quick,
      code: 'hangs',
      language: 'js',
      reference: { code: 'linear' },
      signal: controller.signal,
    });
    controller.abort();
    const stopped = await measuring;
    expect(stopped).toMatchObject({ ok: false, failure: 'stopped' });
    expect(stopped.reference).toBeUndefined();
  });
});

describe('measureGrowth in a real Node sandbox', () => {
  const budget = { budgetMs: 1000 };

  it('measures a linear scan as n and a nested loop as n^2', async () => {
    const linear = await measureGrowth(arrayProblem, nodeSandbox, {
      ...budget,
      code: 'function f(nums) { let s = 0; for (let i = 0; i < nums.length; i++) s += nums[i]; return s; }',
      language: 'js',
    });
    expect(linear.ok && linear.best).toBe('n');
    const quadratic = await measureGrowth(arrayProblem, nodeSandbox, {
      ...budget,
      code: 'function f(nums) { let c = 0; for (let i = 0; i < nums.length; i++) for (let j = 0; j < i; j++) if (nums[i] > nums[j]) c++; return c; }',
      language: 'ts',
    });
    expect(quadratic.ok && quadratic.best).toBe('n^2');
    expect(quadratic.totalMs).toBeLessThan(1500);
  });

  it('gives a clear message for code that throws on large inputs', async () => {
    const report = await measureGrowth(arrayProblem, nodeSandbox, {
      ...budget,
      code: 'function f(nums) { if (nums.length > 500) throw new Error("too big"); return nums.length; }',
      language: 'js',
    });
    // The sizes tried adapt to how fast the code runs, so the first size past 500 varies.
    expect(report.ok).toBe(false);
    const reason = report.ok ? '' : report.reason;
    const match = /^could not measure: the solution threw at n = (\d+): Error: too big$/.exec(
      reason,
    );
    expect(Number(match?.[1])).toBeGreaterThan(500);
  });
});
