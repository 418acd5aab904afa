import { describe, expect, it } from 'vitest';
import { giveHint, givenHints, HintLadderError, hintLadder, nextHint } from './hint-ladder';

const hints = ['Think about a map.', 'Store what you have seen.', 'One pass is enough.'];

describe('hint ladder', () => {
  it('gives hints in order, each stamped with the round time', () => {
    expect(nextHint(hints, [])).toBe(0);
    const one = giveHint(hints, [], 0, 60_000);
    const two = giveHint(hints, one, 1, 180_000);
    expect(two).toEqual([
      { index: 0, atMs: 60_000 },
      { index: 1, atMs: 180_000 },
    ]);
    expect(nextHint(hints, two)).toBe(2);
    expect(nextHint(hints, giveHint(hints, two, 2, 200_000))).toBeNull();
  });

  it('shows the interviewer every rung, when it was given and which one is next', () => {
    expect(hintLadder(hints, [{ index: 0, atMs: 5_000 }])).toEqual([
      { index: 0, text: hints[0], givenAtMs: 5_000, canGive: false },
      { index: 1, text: hints[1], givenAtMs: null, canGive: true },
      { index: 2, text: hints[2], givenAtMs: null, canGive: false },
    ]);
  });

  it('refuses to skip a rung or give a hint that does not exist; a repeat changes nothing', () => {
    expect(() => giveHint(hints, [], 1, 0)).toThrow(/Give hint 1 before hint 2/);
    expect(() => giveHint(hints, [], 3, 0)).toThrow(HintLadderError);
    expect(() => giveHint(hints, [], -1, 0)).toThrow(/no hint 0/);
    const one = giveHint(hints, [], 0, 1_000);
    expect(giveHint(hints, one, 0, 9_000)).toEqual([{ index: 0, atMs: 1_000 }]);
  });

  it('lists given hints with their text in the order given, ignoring unknown indexes', () => {
    const used = [
      { index: 1, atMs: 10 },
      { index: 0, atMs: 20 },
      { index: 7, atMs: 30 },
    ];
    expect(givenHints(hints, used)).toEqual([
      { index: 1, atMs: 10, text: hints[1] },
      { index: 0, atMs: 20, text: hints[0] },
    ]);
    expect(nextHint(hints, used)).toBe(2);
  });
});
