import { describe, expect, it } from 'vitest';
import { roundOutcome, timeUsedMs } from './round-facts';
import { makeRound, MIN } from './round.fixture';

describe('roundOutcome', () => {
  it('reads the reveal: all passed, some passed, none passed', () => {
    expect(roundOutcome(makeRound({ passed: 5, failed: 0 }))).toBe('passed');
    expect(roundOutcome(makeRound({ passed: 1, failed: 4 }))).toBe('partial');
    expect(roundOutcome(makeRound({ passed: 0, failed: 5 }))).toBe('failed');
    expect(roundOutcome(makeRound({ passed: 0, failed: 0 }))).toBe('failed');
  });

  it('calls an abandoned round abandoned, whatever it ran', () => {
    expect(roundOutcome(makeRound({ abandoned: true }))).toBe('abandoned');
  });

  it('falls back to the last submit, then the last run, when there is no reveal', () => {
    const run = (mode: 'run' | 'submit', passed: number, failed: number) => ({
      atMs: 0,
      mode,
      status: 'done',
      passed,
      failed,
    });
    const base = { ...makeRound(), reveal: null };
    expect(roundOutcome({ ...base, runs: [run('submit', 3, 0), run('run', 0, 2)] })).toBe('passed');
    expect(roundOutcome({ ...base, runs: [run('run', 1, 1)] })).toBe('partial');
    expect(roundOutcome({ ...base, runs: [] })).toBe('failed');
  });
});

describe('timeUsedMs', () => {
  it('is the round time at the end, capped at the duration', () => {
    expect(timeUsedMs(makeRound({ usedMin: 7 }))).toBe(7 * MIN);
    expect(timeUsedMs(makeRound({ usedMin: 45 }))).toBe(20 * MIN);
    expect(timeUsedMs(makeRound({ usedMin: 3, abandoned: true }))).toBe(3 * MIN);
  });

  it('does not count pauses', () => {
    const r = makeRound({ usedMin: 10, mode: 'practice' });
    expect(timeUsedMs({ ...r, pausedTotalMs: 4 * MIN })).toBe(6 * MIN);
  });
});
