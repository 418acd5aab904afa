import { describe, expect, it } from 'vitest';
import { summaryLookup } from './history-filters';
import { patternStrength, timeUsage, weeklyProgress } from './progress-stats';
import { DAY, makeSummary, MIN, MON_2024_01_01, summary } from './round.fixture';

describe('weeklyProgress', () => {
  it('is empty for an empty history', () => {
    expect(weeklyProgress([])).toEqual([]);
  });

  it('gives one week for a single round', () => {
    const [week, ...rest] = weeklyProgress([
      makeSummary({ at: MON_2024_01_01 + 2 * DAY, estimateScore: { space: 'wrong' } }),
    ]);
    expect(rest).toEqual([]);
    expect(week).toEqual({
      week: '2024-W01',
      start: MON_2024_01_01,
      rounds: 1,
      abandoned: 0,
      passed: 1,
      passRate: 1,
      time: { matched: 1, total: 1, rate: 1 },
      space: { matched: 0, total: 1, rate: 0 },
    });
  });

  it('spans a year boundary with the empty weeks in between, oldest first', () => {
    const rounds = [
      makeSummary({ at: Date.UTC(2021, 0, 5), passed: 0, failed: 3 }), // 2021-W01
      makeSummary({ at: Date.UTC(2020, 11, 21), measured: 'n log n' }), // 2020-W52
      makeSummary({ at: Date.UTC(2020, 11, 22), abandoned: true }), // 2020-W52
    ];
    const weeks = weeklyProgress(rounds);
    expect(weeks.map((w) => [w.week, w.rounds])).toEqual([
      ['2020-W52', 2],
      ['2020-W53', 0],
      ['2021-W01', 1],
    ]);
    expect(weeks[0]).toMatchObject({
      abandoned: 1,
      passed: 1,
      passRate: 1,
      time: { matched: 0, total: 1, rate: 0 },
    });
    expect(weeks[1]).toMatchObject({ passRate: null, time: { total: 0, rate: null } });
    expect(weeks[2]).toMatchObject({ passed: 0, passRate: 0 });
  });

  it('buckets by the given clock offset', () => {
    const sundayNight = MON_2024_01_01 + 7 * DAY - 30 * MIN;
    expect(weeklyProgress([makeSummary({ at: sundayNight })])[0]?.week).toBe('2024-W01');
    expect(weeklyProgress([makeSummary({ at: sundayNight })], 60)[0]?.week).toBe('2024-W02');
  });

  it('counts a partial pass in the rate denominator but not the numerator', () => {
    const rounds = [
      makeSummary({}),
      makeSummary({ passed: 2, failed: 1 }),
      makeSummary({}),
      makeSummary({ passed: 0, failed: 1 }),
    ];
    expect(weeklyProgress(rounds)[0]?.passRate).toBe(0.5);
  });
});

describe('timeUsage', () => {
  it('lists time used against the limit, oldest first', () => {
    const late = makeSummary({ id: 'late', at: MON_2024_01_01 + DAY, usedMin: 5 });
    const early = makeSummary({ id: 'early', at: MON_2024_01_01, usedMin: 30 });
    expect(timeUsage([late, early])).toEqual([
      {
        id: 'early',
        problemSlug: 'two-sum',
        startedAt: MON_2024_01_01,
        usedMs: 20 * MIN,
        limitMs: 20 * MIN,
        share: 1,
      },
      {
        id: 'late',
        problemSlug: 'two-sum',
        startedAt: MON_2024_01_01 + DAY,
        usedMs: 5 * MIN,
        limitMs: 20 * MIN,
        share: 0.25,
      },
    ]);
    expect(timeUsage([])).toEqual([]);
  });
});

describe('patternStrength', () => {
  const lookup = summaryLookup([
    summary('two-sum', ['arrays-hashing']),
    summary('min-window', ['sliding-window', 'arrays-hashing']),
  ]);

  it('is empty for an empty history', () => {
    expect(patternStrength([], lookup)).toEqual([]);
  });

  it('gives pass rate and count per tag, weakest first, skipping abandoned and removed problems', () => {
    const rounds = [
      makeSummary({ slug: 'two-sum' }),
      makeSummary({ slug: 'two-sum' }),
      makeSummary({ slug: 'min-window', passed: 1, failed: 2 }),
      makeSummary({ slug: 'min-window', abandoned: true }),
      makeSummary({ slug: 'gone', passed: 0, failed: 1 }),
    ];
    expect(patternStrength(rounds, lookup)).toEqual([
      { tag: 'sliding-window', rounds: 1, passed: 0, passRate: 0 },
      { tag: 'arrays-hashing', rounds: 3, passed: 2, passRate: 2 / 3 },
    ]);
  });

  it('orders equal rates by more rounds, then by name', () => {
    const l = summaryLookup([
      summary('a', ['b-tag']),
      summary('b', ['a-tag']),
      summary('c', ['c-tag']),
    ]);
    const rounds = [
      makeSummary({ slug: 'a' }),
      makeSummary({ slug: 'b' }),
      makeSummary({ slug: 'c' }),
      makeSummary({ slug: 'c' }),
    ];
    expect(patternStrength(rounds, l).map((p) => p.tag)).toEqual(['c-tag', 'a-tag', 'b-tag']);
  });
});
