import { describe, expect, it } from 'vitest';
import { checkReturns, judgeSeries, type SeriesReport } from './measure-report';

const linear = [16, 32, 64, 128, 256].map((n) => ({ n, ms: n * 0.001 }));

describe('judgeSeries', () => {
  it('fits a class when enough sizes were timed, and says why the sizes stopped', () => {
    const report = judgeSeries(linear, {
      kind: 'stopped-growing',
      stop: 'the time budget is spent',
    });
    expect(report).toMatchObject({
      ok: true,
      best: 'n',
      stop: 'the time budget is spent',
      points: linear,
    });
  });

  it('keeps the sizes before a cut-off size', () => {
    const report = judgeSeries(linear, { kind: 'cut-off', n: 512, capMs: 1200 });
    expect(report).toMatchObject({
      ok: true,
      best: 'n',
      stop: 'n = 512 ran past its 1200 ms share and was cut off',
    });
  });

  it('refuses a class with fewer than 4 sizes', () => {
    const report = judgeSeries(linear.slice(0, 3), { kind: 'cut-off', n: 128, capMs: 1200 });
    expect(report).toEqual({
      ok: false,
      failure: 'too-few-sizes',
      reason:
        'could not measure: only 3 sizes were timed (n = 128 ran past its 1200 ms share and was cut off); at least 4 are needed',
      points: linear.slice(0, 3),
    });
  });

  it('turns a throw, a time-out at the smallest size, a crash and a load error into "could not measure"', () => {
    const error = {
      kind: 'runtime' as const,
      name: 'RangeError',
      message: 'Maximum call stack size exceeded',
    };
    const threw = judgeSeries(linear, { kind: 'failed', failure: 'runtime-error', n: 4096, error });
    expect(threw).toMatchObject({
      ok: false,
      reason:
        'could not measure: the solution threw at n = 4096: RangeError: Maximum call stack size exceeded',
    });
    const slow = judgeSeries([], {
      kind: 'failed',
      failure: 'timeout',
      n: 4,
      message: 'ran past 1200 ms',
    });
    expect(slow).toMatchObject({
      ok: false,
      reason:
        'could not measure: the solution timed out at n = 4, the smallest size (ran past 1200 ms)',
    });
    const crashed = judgeSeries([], {
      kind: 'failed',
      failure: 'crashed',
      n: 8,
      message: 'heap limit',
    });
    expect(crashed).toMatchObject({
      ok: false,
      failure: 'crashed',
      reason: expect.stringMatching(/^could not measure: the sandbox crashed at n = 8: heap limit/),
    });
    const syntax = judgeSeries([], {
      kind: 'failed',
      failure: 'compile-error',
      error: { kind: 'compile', name: 'SyntaxError', message: 'Unexpected token' },
    });
    expect(syntax).toMatchObject({
      ok: false,
      reason: 'could not measure: the code does not load: SyntaxError: Unexpected token',
    });
  });
});

describe('checkReturns', () => {
  const measured = judgeSeries(linear, { kind: 'stopped-growing', stop: 'done' });

  it('rejects a solution that returns nothing where the reference returns a value', () => {
    const report = checkReturns(measured, true, false);
    expect(report).toMatchObject({
      ok: false,
      failure: 'no-result',
      reason: expect.stringMatching(/^could not measure: the solution returns nothing/),
    });
  });

  it('accepts returning nothing when the reference does too, or when there is no reference', () => {
    expect(checkReturns(measured, true, true)).toBe(measured);
    expect(checkReturns(measured, true, undefined)).toBe(measured);
    expect(checkReturns(measured, false, false)).toBe(measured);
  });

  it('leaves an earlier failure as it is', () => {
    const failed: SeriesReport = {
      ok: false,
      failure: 'timeout',
      reason: 'could not measure: x',
      points: [],
    };
    expect(checkReturns(failed, true, false)).toBe(failed);
  });
});
