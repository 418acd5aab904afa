import { describe, expect, it } from 'vitest';
import { checkGeneratedArgs, generateArgs } from './run-generator';
import { seededRandom } from './seeded-random';

const entry = {
  kind: 'function' as const,
  name: 'f',
  params: [{ name: 'nums', type: 'number[]', shape: 'json' as const }],
  returns: { type: 'number', shape: 'json' as const },
};

describe('generators', () => {
  it('seeded random is deterministic and in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('produces arguments of size n, the same each time', () => {
    const generator =
      'function generate(n, random) { return [Array.from({ length: n }, () => Math.floor(random() * 100))]; }';
    const args = generateArgs({ entry, generator }, 5);
    expect((args[0] as number[]).length).toBe(5);
    expect(generateArgs({ entry, generator }, 5)).toEqual(args);
  });

  it('rejects a missing generate, a wrong arity and a bad class call list', () => {
    expect(() => generateArgs({ entry, generator: 'const x = 1;' }, 1)).toThrow(
      /define function generate/,
    );
    expect(checkGeneratedArgs(entry, [[1], 2])).toMatch(/returned 2 arguments/);
    const cls = { ...entry, kind: 'class' as const, name: 'LRU' };
    expect(checkGeneratedArgs(cls, [['Other']])).toMatch(/starting with \["LRU"/);
    expect(
      checkGeneratedArgs(cls, [
        ['LRU', 2],
        ['get', 1],
      ]),
    ).toBeNull();
  });
});
