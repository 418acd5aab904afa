import { describe, expect, it } from 'vitest';
import { isoWeekOf, weeksBetween } from './iso-week';

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

describe('isoWeekOf', () => {
  it.each([
    [utc(2024, 1, 1), '2024-W01'], // a Monday
    [utc(2024, 1, 7, 23), '2024-W01'], // its Sunday
    [utc(2024, 1, 8), '2024-W02'],
    [utc(2024, 12, 30), '2025-W01'], // calendar 2024, ISO 2025
    [utc(2021, 1, 3), '2020-W53'], // calendar 2021, ISO 2020's week 53
    [utc(2026, 12, 31), '2026-W53'],
    [utc(2027, 1, 1), '2026-W53'],
    [utc(1969, 12, 31), '1970-W01'], // before the epoch
  ])('%s is in %s', (ms, key) => {
    expect(isoWeekOf(ms).key).toBe(key);
  });

  it('starts the week on Monday 00:00', () => {
    const w = isoWeekOf(utc(2024, 12, 31, 15));
    expect(w).toEqual({ key: '2025-W01', year: 2025, week: 1, start: utc(2024, 12, 30) });
  });

  it('uses the given clock offset', () => {
    // Sunday 23:30 UTC is already Monday in UTC+2.
    const sundayLate = utc(2024, 1, 7, 23) + 30 * 60_000;
    expect(isoWeekOf(sundayLate).key).toBe('2024-W01');
    const east = isoWeekOf(sundayLate, 120);
    expect(east.key).toBe('2024-W02');
    expect(east.start).toBe(utc(2024, 1, 8) - 120 * 60_000);
    expect(isoWeekOf(utc(2024, 1, 8, 1), -300).key).toBe('2024-W01');
  });
});

describe('weeksBetween', () => {
  it('lists every week across a year boundary, gaps included', () => {
    const keys = weeksBetween(utc(2020, 12, 20), utc(2021, 1, 12)).map((w) => w.key);
    expect(keys).toEqual(['2020-W51', '2020-W52', '2020-W53', '2021-W01', '2021-W02']);
  });

  it('gives one week when both instants share it, none when the range is reversed', () => {
    expect(weeksBetween(utc(2024, 1, 2), utc(2024, 1, 3))).toHaveLength(1);
    expect(weeksBetween(utc(2024, 2, 1), utc(2024, 1, 1))).toEqual([]);
  });
});
