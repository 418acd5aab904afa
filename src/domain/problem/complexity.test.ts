import { describe, expect, it } from 'vitest';
import { parseComplexity } from './complexity';

describe('parseComplexity', () => {
  it.each([
    ['O(1)', '1'],
    ['O(log n)', 'log n'],
    ['O(N)', 'n'],
    ['O(n log n)', 'n log n'],
    ['O(nlogn)', 'n log n'],
    ['O(n^2)', 'n^2'],
    ['O(n²)', 'n^2'],
    ['O(n * n)', 'n^2'],
    ['O(n³)', 'n^3'],
    ['O(2ⁿ)', '2^n'],
    ['O(2^n)', '2^n'],
    ['O(n!)', 'n!'],
  ])('%s → %s', (text, expected) => {
    expect(parseComplexity(text)).toBe(expected);
  });

  it('returns null for multi-variable or unknown forms', () => {
    expect(parseComplexity('O(n·m)')).toBeNull();
    expect(parseComplexity('O(V + E)')).toBeNull();
    expect(parseComplexity('fast')).toBeNull();
  });
});
