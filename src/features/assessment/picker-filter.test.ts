import { describe, expect, it } from 'vitest';
import { matchesPickerQuery } from './picker-filter';

const twoSum = { title: 'Two Sum', tags: ['arrays-hashing'], difficulty: 'easy' as const };

describe('matchesPickerQuery', () => {
  it('needs every word in the title or a tag, ignoring case and dashes', () => {
    expect(matchesPickerQuery(twoSum, '', '')).toBe(true);
    expect(matchesPickerQuery(twoSum, 'sum', '')).toBe(true);
    expect(matchesPickerQuery(twoSum, 'ARRAYS hashing', '')).toBe(true);
    expect(matchesPickerQuery(twoSum, 'sum tree', '')).toBe(false);
  });

  it('filters by difficulty when one is chosen', () => {
    expect(matchesPickerQuery(twoSum, '', 'easy')).toBe(true);
    expect(matchesPickerQuery(twoSum, 'sum', 'hard')).toBe(false);
  });
});
