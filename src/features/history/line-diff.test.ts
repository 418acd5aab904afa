import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('marks the lines outside the common subsequence on each side', () => {
    const { mine, theirs } = diffLines('a\nb\nc\n', 'a\nx\nc\ny');
    expect(mine.map((l) => l.changed)).toEqual([false, true, false]);
    expect(theirs.map((l) => l.changed)).toEqual([false, true, false, true]);
  });

  it('ignores indentation and never marks blank lines', () => {
    const { mine } = diffLines('  a\n\n b', 'a\nb');
    expect(mine.map((l) => l.changed)).toEqual([false, false, false]);
  });
});
