import { describe, expect, it } from 'vitest';
import { seededRandom } from '../generator/seeded-random';
import { DAY, makeSummary, MON_2024_01_01 as T0, summary } from './round.fixture';
import { suggestNext } from './what-next';

const bank = [
  summary('two-sum', ['arrays-hashing']),
  summary('min-window', ['sliding-window'], 'hard'),
  summary('max-window', ['sliding-window'], 'medium'),
  summary('best-time', ['sliding-window'], 'easy'),
  summary('valid-parens', ['stack']),
];
const pass = (slug: string, at: number) => makeSummary({ slug, at });
const miss = (slug: string, at: number) => makeSummary({ slug, at, passed: 1, failed: 2 });

describe('suggestNext', () => {
  it('returns null for an empty bank', () => {
    expect(suggestNext([pass('two-sum', T0)], [], T0)).toBeNull();
  });

  it('suggests an untried problem, easiest then by slug, with an empty history', () => {
    expect(suggestNext([], bank, T0)).toEqual({
      slug: 'best-time',
      kind: 'unsolved',
      reason: 'You have not tried "Best Time" yet.',
    });
  });

  it('is deterministic for the same random seed and stays within the easiest untried', () => {
    const picks = (seed: number) =>
      Array.from(
        { length: 5 },
        (_, i) => suggestNext([], bank, T0 + i, { random: seededRandom(seed + i) })?.slug,
      );
    expect(picks(7)).toEqual(picks(7));
    for (const slug of picks(7)) expect(['best-time', 'two-sum', 'valid-parens']).toContain(slug);
    expect(suggestNext([], bank, T0, { random: () => 0.999 })?.slug).toBe('valid-parens');
  });

  it('brings a miss back one day later, not before', () => {
    const rounds = [miss('two-sum', T0)];
    expect(suggestNext(rounds, bank, T0 + DAY - 1)?.kind).not.toBe('revisit');
    expect(suggestNext(rounds, bank, T0 + DAY)).toEqual({
      slug: 'two-sum',
      kind: 'revisit',
      reason: 'Revisit "Two Sum": you did not pass it yesterday, and its 1-day revisit is due.',
    });
  });

  it('spaces the revisits 1, 3, 7 and 14 days after the miss as long as each is passed on time', () => {
    const kindAt = (rounds: ReturnType<typeof pass>[], day: number) =>
      suggestNext(rounds, [bank[0]!], T0 + day * DAY);
    const rounds = [miss('two-sum', T0), pass('two-sum', T0 + DAY)];
    expect(kindAt(rounds, 2)?.reason).toBe(
      'No revisit is due yet; "Two Sum" comes first, in 1 day.',
    );
    expect(kindAt(rounds, 3)?.reason).toMatch(/3-day revisit is due/);
    rounds.push(pass('two-sum', T0 + 3 * DAY), pass('two-sum', T0 + 7 * DAY));
    expect(kindAt(rounds, 14)?.reason).toBe(
      'Revisit "Two Sum": you did not pass it 14 days ago, and its 14-day revisit is due.',
    );
    rounds.push(pass('two-sum', T0 + 14 * DAY));
    expect(kindAt(rounds, 30)?.kind).toBe('least-recent');
  });

  it('does not count a pass before the due day, and restarts the schedule on a new miss', () => {
    const early = [miss('two-sum', T0), pass('two-sum', T0 + DAY / 2)];
    expect(suggestNext(early, bank, T0 + DAY)?.reason).toMatch(/1-day revisit is due/);
    const again = [miss('two-sum', T0), pass('two-sum', T0 + DAY), miss('two-sum', T0 + 3 * DAY)];
    expect(suggestNext(again, bank, T0 + 4 * DAY)?.reason).toBe(
      'Revisit "Two Sum": you did not pass it yesterday, and its 1-day revisit is due.',
    );
  });

  it('takes the most overdue revisit first', () => {
    const rounds = [miss('valid-parens', T0 + DAY), miss('two-sum', T0)];
    expect(suggestNext(rounds, bank, T0 + 5 * DAY)?.slug).toBe('two-sum');
  });

  it('ignores abandoned rounds for revisits and for what counts as tried', () => {
    const rounds = [makeSummary({ slug: 'best-time', at: T0, abandoned: true })];
    expect(suggestNext(rounds, bank, T0 + 2 * DAY)).toMatchObject({
      slug: 'best-time',
      kind: 'unsolved',
    });
  });

  it('suggests an untried problem of the weakest pattern, easiest first', () => {
    const rounds = [
      pass('two-sum', T0),
      miss('min-window', T0),
      pass('two-sum', T0 + DAY),
      miss('min-window', T0 + DAY),
      pass('min-window', T0 + 2 * DAY),
    ];
    // min-window's revisit (day 1 + 1) was passed on time; the next one is not due until day 4.
    expect(suggestNext(rounds, bank, T0 + 2 * DAY + 1)).toEqual({
      slug: 'best-time',
      kind: 'weak-pattern',
      reason:
        'sliding-window is your weakest pattern (1 of 3 passed); "Best Time" practises it and is new to you.',
    });
  });

  it('needs enough rounds before a pattern counts as weak', () => {
    const rounds = [miss('min-window', T0), pass('min-window', T0 + DAY)];
    expect(suggestNext(rounds, bank, T0 + DAY + 1, { minRounds: 3 })?.kind).toBe('unsolved');
    expect(suggestNext(rounds, bank, T0 + DAY + 1)?.kind).toBe('weak-pattern');
  });

  it('falls back to the problem practised longest ago when all are tried and none is due', () => {
    const rounds = bank.map((p, i) => pass(p.slug, T0 + i * DAY)).reverse();
    expect(suggestNext(rounds, bank, T0 + 10 * DAY)).toEqual({
      slug: 'two-sum',
      kind: 'least-recent',
      reason:
        'Nothing is due; you last practised "Two Sum" 10 days ago, longer ago than any other.',
    });
  });

  it('never suggests a problem that left the bank', () => {
    expect(suggestNext([miss('gone', T0)], [bank[0]!], T0 + 3 * DAY)?.slug).toBe('two-sum');
  });
});
