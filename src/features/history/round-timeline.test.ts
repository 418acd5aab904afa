import { describe, expect, it } from 'vitest';
import { makeRound } from '../../domain/history/round.fixture';
import { timelineEvents } from './round-timeline';

const withHint = (pair: 'window' | 'panel' | null) => ({
  ...makeRound(),
  notes: [],
  runs: [],
  pair,
  hintsUsed: [{ index: 1, atMs: 90_000 }],
});

describe('timelineEvents', () => {
  it('says the candidate opened a hint in a solo round', () => {
    expect(timelineEvents(withHint(null)).map((e) => e.text)).toEqual(['Opened hint 2']);
  });

  it('says the interviewer gave the hint in pair practice', () => {
    expect(timelineEvents(withHint('window')).map((e) => e.text)).toEqual([
      'Interviewer gave hint 2',
    ]);
  });
});
