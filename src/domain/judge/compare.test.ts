import { describe, expect, it } from 'vitest';
import { compareValues, compileChecker } from './compare';

const ctx = { args: [] };

describe('compareValues', () => {
  it('exact compares deeply and strictly', () => {
    expect(compareValues([1, [2, { a: 3 }]], [1, [2, { a: 3 }]], 'exact', ctx).pass).toBe(true);
    expect(compareValues([1, 2], [2, 1], 'exact', ctx).pass).toBe(false);
    expect(compareValues('1', 1, 'exact', ctx).pass).toBe(false);
  });

  it('unordered ignores top-level order only; unordered-deep ignores nested order too', () => {
    expect(compareValues([[1, 2], [3]], [[3], [1, 2]], 'unordered', ctx).pass).toBe(true);
    expect(compareValues([[2, 1], [3]], [[3], [1, 2]], 'unordered', ctx).pass).toBe(false);
    expect(compareValues([[2, 1], [3]], [[3], [1, 2]], 'unordered-deep', ctx).pass).toBe(true);
    expect(compareValues([1, 1, 2], [1, 2, 2], 'unordered', ctx).pass).toBe(false);
  });

  it('tolerance accepts close floats, relative to magnitude', () => {
    expect(compareValues(0.1 + 0.2, 0.3, { tolerance: 1e-9 }, ctx).pass).toBe(true);
    expect(compareValues([2.5, 1e9 + 1], [2.5, 1e9], { tolerance: 1e-6 }, ctx).pass).toBe(true);
    expect(compareValues(0.31, 0.3, { tolerance: 1e-6 }, ctx).pass).toBe(false);
    expect(compareValues(NaN, NaN, { tolerance: 1e-6 }, ctx).pass).toBe(true);
  });

  it('checker decides with a reason', () => {
    const checker = compileChecker(
      'function check(args, actual) { return actual === args[0] * 2 || "must double"; }',
    );
    expect(compareValues(4, null, 'checker', { args: [2], checker }).pass).toBe(true);
    expect(compareValues(5, null, 'checker', { args: [2], checker })).toEqual({
      pass: false,
      reason: 'must double',
    });
    expect(compareValues(5, null, 'checker', { args: [2] }).pass).toBe(false);
  });
});
