import { describe, expect, it } from 'vitest';
import { estimateConfusions, type ReferenceLookup } from './estimate-confusions';
import { makeRound } from './round.fixture';

const references: ReferenceLookup = (slug) =>
  ({
    'merge-intervals': { time: 'O(n log n)', space: 'O(n)' },
    'two-sum': { time: 'O(n)', space: 'O(n)' },
    islands: { time: 'O(m·n)', space: 'O(m·n)' },
  })[slug];

describe('estimateConfusions', () => {
  it('is empty for an empty history and when every estimate matched', () => {
    expect(estimateConfusions([], references)).toEqual([]);
    expect(
      estimateConfusions(
        [makeRound({ slug: 'two-sum', estimate: { time: 'O(N)', space: 'o(n)' } })],
        references,
      ),
    ).toEqual([]);
  });

  it('counts (said, actual) pairs, most common first, in words', () => {
    const rounds = [
      makeRound({ slug: 'merge-intervals', estimate: { time: 'O(n)', space: 'O(n)' } }),
      makeRound({ slug: 'merge-intervals', estimate: { time: 'n', space: 'O(1)' } }),
      makeRound({ slug: 'two-sum', estimate: { time: 'O(n^2)', space: 'O(n)' } }),
    ];
    expect(estimateConfusions(rounds, references)).toEqual([
      {
        dimension: 'time',
        said: 'O(n)',
        actual: 'O(n log n)',
        count: 2,
        text: 'For time, you say O(n) when it is O(n log n)',
      },
      {
        dimension: 'space',
        said: 'O(1)',
        actual: 'O(n)',
        count: 1,
        text: 'For space, you say O(1) when it is O(n)',
      },
      {
        dimension: 'time',
        said: 'O(n²)',
        actual: 'O(n)',
        count: 1,
        text: 'For time, you say O(n²) when it is O(n)',
      },
    ]);
  });

  it('keeps forms outside the known classes as written, skips blanks, removed problems and rounds without an estimate', () => {
    const rounds = [
      makeRound({ slug: 'islands', estimate: { time: 'O(n)', space: '  ' } }),
      makeRound({ slug: 'gone', estimate: { time: 'O(1)', space: 'O(1)' } }),
      { ...makeRound({ slug: 'two-sum' }), estimate: null },
    ];
    expect(estimateConfusions(rounds, references)).toEqual([
      {
        dimension: 'time',
        said: 'O(n)',
        actual: 'O(m·n)',
        count: 1,
        text: 'For time, you say O(n) when it is O(m·n)',
      },
    ]);
  });

  it('returns at most `limit` pairs', () => {
    const rounds = ['O(1)', 'O(log n)', 'O(n^2)', 'O(2^n)'].map((time) =>
      makeRound({ slug: 'two-sum', estimate: { time, space: 'O(n)' } }),
    );
    expect(estimateConfusions(rounds, references, 2)).toHaveLength(2);
  });
});
