import { describe, expect, it } from 'vitest';
import { estimateConfusions } from './estimate-confusions';
import { makeSummary } from './round.fixture';

describe('estimateConfusions', () => {
  it('is empty for an empty history and when every estimate was right about the code', () => {
    expect(estimateConfusions([])).toEqual([]);
    expect(
      estimateConfusions([makeSummary({ estimate: { time: 'O(N)', space: 'o(n)' } })]),
    ).toEqual([]);
  });

  it('counts (said, measured) pairs, most common first: "you said O(n) when your code was O(n²)"', () => {
    const rounds = [
      makeSummary({ measured: 'n^2', estimate: { time: 'O(n)', space: 'O(n)' } }),
      makeSummary({ measured: 'n^2', estimate: { time: 'n', space: 'O(1)' } }),
      makeSummary({ measured: 'n log n', estimate: { time: 'O(n^2)', space: 'O(n)' } }),
    ];
    expect(estimateConfusions(rounds)).toEqual([
      {
        dimension: 'time',
        said: 'O(n)',
        actual: 'O(n²)',
        count: 2,
        text: 'For time, you said O(n) when your code was O(n²)',
      },
      {
        dimension: 'time',
        said: 'O(n²)',
        actual: 'O(n log n)',
        count: 1,
        text: 'For time, you said O(n²) when your code was O(n log n)',
      },
    ]);
  });

  it('a brute-force O(n²) estimated O(n²) is no confusion, although the reference is O(n)', () => {
    const round = makeSummary({ measured: 'n^2', estimate: { time: 'O(n²)', space: 'O(1)' } });
    expect(round.timeOwn).toBe('right');
    expect(estimateConfusions([round])).toEqual([]);
  });

  it('skips rounds without a conclusive measurement, older rounds and rounds without an estimate', () => {
    const rounds = [
      makeSummary({ measured: null, estimate: { time: 'O(1)', space: 'O(1)' } }),
      makeSummary({
        older: { time: 'wrong', space: 'wrong' },
        estimate: { time: 'O(1)', space: 'O(1)' },
      }),
      { ...makeSummary({ measured: 'n^2' }), estimate: null },
    ];
    expect(estimateConfusions(rounds)).toEqual([]);
  });

  it('returns at most `limit` pairs', () => {
    const rounds = ['O(1)', 'O(log n)', 'O(n^2)', 'O(2^n)'].map((time) =>
      makeSummary({ measured: 'n^3', estimate: { time, space: 'O(n)' } }),
    );
    expect(estimateConfusions(rounds, 2)).toHaveLength(2);
  });
});
