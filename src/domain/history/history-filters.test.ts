import { describe, expect, it } from 'vitest';
import { filterHistory, summaryLookup } from './history-filters';
import { DAY, makeSummary, MON_2024_01_01, summary } from './round.fixture';

const lookup = summaryLookup([
  summary('two-sum', ['arrays-hashing']),
  summary('min-window', ['sliding-window', 'arrays-hashing']),
]);
const a = makeSummary({ id: 'a', slug: 'two-sum', at: MON_2024_01_01, mode: 'timed' });
const b = makeSummary({
  id: 'b',
  slug: 'min-window',
  at: MON_2024_01_01 + DAY,
  mode: 'practice',
  passed: 2,
  failed: 3,
});
const c = makeSummary({
  id: 'c',
  slug: 'min-window',
  at: MON_2024_01_01 + 2 * DAY,
  abandoned: true,
});
const d = makeSummary({
  id: 'd',
  slug: 'gone-problem',
  at: MON_2024_01_01 + 3 * DAY,
  passed: 0,
  failed: 4,
});
const all = [a, c, d, b];
const ids = (rounds: { id: string }[]) => rounds.map((r) => r.id);

describe('filterHistory', () => {
  it('returns an empty list for an empty history', () => {
    expect(filterHistory([], { tag: 'trees' }, lookup)).toEqual([]);
  });

  it('sorts newest first with no filter, without touching the input', () => {
    expect(ids(filterHistory(all, {}))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(all)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('keeps a single round that matches', () => {
    expect(filterHistory([a], { slug: 'two-sum' })).toEqual([a]);
  });

  it('filters by problem and by mode', () => {
    expect(ids(filterHistory(all, { slug: 'min-window' }))).toEqual(['c', 'b']);
    expect(ids(filterHistory(all, { mode: 'practice' }))).toEqual(['b']);
  });

  it('filters by pattern tag through the summaries; a removed problem never matches', () => {
    expect(ids(filterHistory(all, { tag: 'arrays-hashing' }, lookup))).toEqual(['c', 'b', 'a']);
    expect(ids(filterHistory(all, { tag: 'sliding-window' }, lookup))).toEqual(['c', 'b']);
    expect(filterHistory(all, { tag: 'arrays-hashing' })).toEqual([]);
  });

  it('filters by a half-open date range [from, to)', () => {
    expect(
      ids(filterHistory(all, { from: MON_2024_01_01 + DAY, to: MON_2024_01_01 + 3 * DAY })),
    ).toEqual(['c', 'b']);
    expect(ids(filterHistory(all, { from: MON_2024_01_01 + 3 * DAY }))).toEqual(['d']);
  });

  it('filters by outcome', () => {
    expect(ids(filterHistory(all, { outcome: 'passed' }))).toEqual(['a']);
    expect(ids(filterHistory(all, { outcome: 'partial' }))).toEqual(['b']);
    expect(ids(filterHistory(all, { outcome: 'failed' }))).toEqual(['d']);
    expect(ids(filterHistory(all, { outcome: 'abandoned' }))).toEqual(['c']);
  });

  it('combines filters', () => {
    expect(
      ids(
        filterHistory(all, { tag: 'sliding-window', outcome: 'partial', mode: 'practice' }, lookup),
      ),
    ).toEqual(['b']);
    expect(filterHistory(all, { slug: 'two-sum', mode: 'practice' })).toEqual([]);
  });

  it('breaks ties on the start time by id, so the order is stable', () => {
    const x = makeSummary({ id: 'x', at: MON_2024_01_01 });
    expect(ids(filterHistory([x, a], {}))).toEqual(['a', 'x']);
  });
});
