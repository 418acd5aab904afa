import { describe, expect, it } from 'vitest';
import {
  CUSTOM_INPUT_MAX_CHARS,
  customCasesSchema,
  parseCustomInput,
  typeMismatch,
} from './custom-case';
import type { Problem } from './problem.schema';

const twoSum: Problem['entry'] = {
  kind: 'function',
  name: 'twoSum',
  params: [
    { name: 'nums', type: 'number[]', shape: 'json' },
    { name: 'target', type: 'number', shape: 'json' },
  ],
  returns: { type: 'number[]', shape: 'json' },
};

describe('parseCustomInput', () => {
  it('reads one JSON value per parameter', () => {
    expect(parseCustomInput(twoSum, ['[2, 7, 11]', ' 9 '])).toEqual({
      ok: true,
      args: [[2, 7, 11], 9],
    });
  });

  it('refuses text that is not JSON, naming the parameter', () => {
    const parsed = parseCustomInput(twoSum, ['[2, 7,', '9']);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^nums: not valid JSON \(/);
    expect(parseCustomInput(twoSum, ['[1]', ''])).toEqual({
      ok: false,
      message: 'target: enter a JSON value.',
    });
  });

  it('refuses the wrong number of arguments and values of the wrong type', () => {
    expect(parseCustomInput(twoSum, ['[1]'])).toEqual({
      ok: false,
      message: 'twoSum takes 2 arguments; got 1.',
    });
    expect(parseCustomInput(twoSum, ['[1, "2"]', '3'])).toEqual({
      ok: false,
      message: 'nums: item 1: expected a number, got a string (number[]).',
    });
    expect(parseCustomInput(twoSum, ['[1]', 'null'])).toEqual({
      ok: false,
      message: 'target: expected a number, got null (number).',
    });
  });

  it(`refuses more than ${CUSTOM_INPUT_MAX_CHARS} characters and class problems`, () => {
    const big = JSON.stringify(Array.from({ length: 3000 }, (_, i) => i));
    const parsed = parseCustomInput(twoSum, [big, '1']);
    expect(!parsed.ok && parsed.message).toMatch(/custom cases are limited to 10,000/);
    const cls = { ...twoSum, kind: 'class' as const };
    expect(parseCustomInput(cls, ['1', '2']).ok).toBe(false);
  });
});

describe('typeMismatch', () => {
  it('knows the types problems declare and accepts the ones it does not', () => {
    expect(typeMismatch([[1], [2, 3]], 'number[][]')).toBeNull();
    expect(typeMismatch([1, null, 2], 'TreeNode | null')).toBeNull();
    expect(typeMismatch(null, 'ListNode | null')).toBeNull();
    expect(typeMismatch('x', 'ListNode | null')).toMatch(/expected/);
    expect(typeMismatch(['a', 'b'], 'string[]')).toBeNull();
    expect(typeMismatch(true, 'boolean')).toBeNull();
    expect(typeMismatch({ any: 1 }, 'unknown')).toBeNull();
  });
});

describe('customCasesSchema', () => {
  it('accepts saved cases and refuses malformed ones', () => {
    expect(customCasesSchema.safeParse([{ id: 'a', args: [1], expected: 2 }]).success).toBe(true);
    expect(customCasesSchema.safeParse([{ id: '', args: [1] }]).success).toBe(false);
    expect(customCasesSchema.safeParse({ id: 'a' }).success).toBe(false);
  });
});
