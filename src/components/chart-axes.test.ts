import { describe, expect, it } from 'vitest';
import { formatTick, logTickLabels, WEEK_S, weekRange } from './chart-axes';

const decadeTicks = (from: number, to: number) => {
  const ticks: number[] = [];
  for (let p = from; p < to; p++) for (let m = 1; m <= 9; m++) ticks.push(Number(`${m}e${p}`));
  ticks.push(Number(`1e${to}`));
  return ticks;
};

describe('weekRange', () => {
  it('spans one week around a single week, never years', () => {
    const monday = Date.UTC(2026, 11, 7) / 1000;
    // What uPlot passes for a single x value: a maximum 86,400,000 s later.
    const [lo, hi] = weekRange([monday], monday, monday + 86_400_000);
    expect(hi - lo).toBe(WEEK_S);
    expect(lo).toBe(monday - WEEK_S / 2);
  });

  it('adds half a week either side of several weeks', () => {
    expect(weekRange([0, WEEK_S, 2 * WEEK_S], 0, 2 * WEEK_S)).toEqual([-WEEK_S / 2, 2.5 * WEEK_S]);
  });
});

describe('formatTick', () => {
  it('keeps small positive ticks apart instead of rounding them to "0"', () => {
    expect([0.0001, 0.0005, 0.001, 0.02, 0.25].map(formatTick)).toEqual([
      '0.0001',
      '0.0005',
      '0.001',
      '0.02',
      '0.25',
    ]);
    expect(formatTick(0)).toBe('0');
  });

  it('writes large ticks compactly so that "1,000,000" fits at the edge', () => {
    expect([100, 1000, 5000, 10_000, 250_000, 1_000_000].map(formatTick)).toEqual([
      '100',
      '1,000',
      '5,000',
      '10K',
      '250K',
      '1M',
    ]);
  });
});

describe('logTickLabels', () => {
  it('labels only the powers of ten across many decades, none twice', () => {
    const ticks = decadeTicks(-4, 1); // 0.0001 … 10 ms
    const labels = logTickLabels(ticks).filter(Boolean);
    expect(labels).toEqual(['0.0001', '0.001', '0.01', '0.1', '1', '10']);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('labels 1, 2 and 5 when the data spans two decades or less', () => {
    const ticks = decadeTicks(1, 3); // n from 10 to 1000
    expect(logTickLabels(ticks).filter(Boolean)).toEqual([
      '10',
      '20',
      '50',
      '100',
      '200',
      '500',
      '1,000',
    ]);
  });

  it('labels input sizes up to a million compactly', () => {
    expect(logTickLabels(decadeTicks(1, 6)).filter(Boolean)).toEqual([
      '10',
      '100',
      '1,000',
      '10K',
      '100K',
      '1M',
    ]);
  });
});
