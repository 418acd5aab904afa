import { describe, expect, it } from 'vitest';
import { timeAccuracyByClass } from './estimate-accuracy';

describe('timeAccuracyByClass', () => {
  it('counts right time estimates per measured class of the code, fastest class first', () => {
    expect(
      timeAccuracyByClass([
        { timeOwn: 'wrong', codeTime: 'O(n²)' },
        { timeOwn: 'right', codeTime: 'O(n)' },
        { timeOwn: 'right', codeTime: 'O(n²)' },
        { timeOwn: 'wrong', codeTime: 'O(n log n)' },
        { timeOwn: 'right', codeTime: 'O(n)' },
      ]),
    ).toEqual([
      { actual: 'O(n)', right: 2, total: 2 },
      { actual: 'O(n log n)', right: 0, total: 1 },
      { actual: 'O(n²)', right: 1, total: 2 },
    ]);
  });

  it('leaves out rounds without a verdict or scored by the candidate (no measured class)', () => {
    expect(
      timeAccuracyByClass([
        { timeOwn: null, codeTime: null },
        { timeOwn: 'right', codeTime: null },
        { timeOwn: 'wrong', codeTime: 'O(2ⁿ)' },
      ]),
    ).toEqual([{ actual: 'O(2ⁿ)', right: 0, total: 1 }]);
  });
});
