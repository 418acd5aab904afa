import { describe, expect, it } from 'vitest';
import {
  crossedWarnings,
  describeRemaining,
  elapsedMs,
  formatClock,
  formatElapsed,
  remainingMs,
} from './round-timer';

const base = { startedAt: 0, deadline: 600_000, pausedAt: null, pausedTotalMs: 0, endedAt: null };

describe('timer math', () => {
  it('counts down from the deadline and never below zero', () => {
    expect(remainingMs(base, 0)).toBe(600_000);
    expect(remainingMs(base, 599_001)).toBe(999);
    expect(remainingMs(base, 700_000)).toBe(0);
    expect(elapsedMs(base, 61_000)).toBe(61_000);
  });
  it('formats mm:ss rounding up, and hours past 60 minutes', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(999)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
  it('describes the time in words', () => {
    expect(describeRemaining(125_000)).toBe('2 minutes 5 seconds left');
    expect(describeRemaining(60_000)).toBe('1 minute left');
    expect(describeRemaining(0)).toBe('0 seconds left');
  });
  it('reports the 5- and 1-minute warnings once, when crossed', () => {
    expect(crossedWarnings(300_500, 299_500)).toEqual([300_000]);
    expect(crossedWarnings(299_500, 298_500)).toEqual([]);
    expect(crossedWarnings(400_000, 50_000)).toEqual([300_000, 60_000]);
  });
});

describe('one rounding rule for times', () => {
  it('rounds time elapsed down: a note at 0.6 s is 00:00', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(65_400)).toBe('01:05');
    expect(formatElapsed(75 * 60_000)).toBe('1:15:00');
    expect(formatElapsed(-5)).toBe('00:00');
  });

  it('makes time used and time left add up to the duration, second for second', () => {
    const duration = 15 * 60_000;
    for (const used of [0, 400, 54_300, 54_999, 299_001, duration]) {
      const [um, us] = formatElapsed(used).split(':').map(Number);
      const [lm, ls] = formatClock(duration - used)
        .split(':')
        .map(Number);
      expect((um ?? 0) * 60 + (us ?? 0) + (lm ?? 0) * 60 + (ls ?? 0)).toBe(900);
    }
  });
});
