import { describe, expect, it } from 'vitest';
import { methodNames, snakeCase } from './python-names';

describe('snakeCase', () => {
  it.each([
    ['twoSum', 'two_sum'],
    ['isValid', 'is_valid'],
    ['isValidBST', 'is_valid_bst'],
    ['lengthOfLongestSubstring', 'length_of_longest_substring'],
    ['lcsLength', 'lcs_length'],
    ['getMin', 'get_min'],
    ['search', 'search'],
    ['countBits', 'count_bits'],
    ['maxProfit2', 'max_profit2'],
  ])('%s → %s', (js, py) => expect(snakeCase(js)).toBe(py));
});

describe('methodNames', () => {
  it('maps every called method after the constructor, and ignores malformed calls', () => {
    expect(methodNames([['MinStack'], ['push', 1], ['getMin'], ['push', 2], 'bad', []])).toEqual({
      push: 'push',
      getMin: 'get_min',
    });
  });
});
