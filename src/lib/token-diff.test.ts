import { describe, expect, it } from 'vitest';
import { diffTokens, showWhitespace, tokenize } from './token-diff';

const changed = (parts: { text: string; kind: string }[]) =>
  parts.filter((p) => p.kind === 'changed').map((p) => p.text);

describe('tokenize', () => {
  it('keeps numbers and words whole, and every other character apart', () => {
    expect(tokenize('[true, -1.5e3, "an ox", null]').join('|')).toBe(
      '[|true|,| |-1.5e3|,| |"|an| |ox|"|,| |null|]',
    );
    expect(tokenize('a\n  b')).toEqual(['a', '\n', ' ', ' ', 'b']);
  });
});

describe('diffTokens', () => {
  it('marks a whole word, not the letters that happen to differ', () => {
    const d = diffTokens('[true,false]', '[true,true]');
    expect(changed(d.expected)).toEqual(['false']);
    expect(changed(d.actual)).toEqual(['true']);
  });

  it('marks whole numbers, and whole words inside strings', () => {
    expect(changed(diffTokens('[10,2]', '[12,2]').actual)).toEqual(['12']);
    expect(changed(diffTokens('"the cat"', '"the cut"').expected)).toEqual(['cat']);
  });

  it('marks only the elements that moved', () => {
    const d = diffTokens('[0,1]', '[1,0]');
    expect(d.expected.map((p) => p.text).join('')).toBe('[0,1]');
    expect(d.actual.map((p) => p.text).join('')).toBe('[1,0]');
    expect(changed(d.expected).length).toBeGreaterThan(0);
    expect(changed(d.actual).length).toBeGreaterThan(0);
  });

  it('finds an extra space in the middle', () => {
    const d = diffTokens('hello world', 'hello  world');
    expect(changed(d.expected)).toEqual([]);
    expect(changed(d.actual)).toEqual([' ']);
  });

  it('reports no change for equal strings', () => {
    const d = diffTokens('abc', 'abc');
    expect(d.expected).toEqual([{ text: 'abc', kind: 'same' }]);
    expect(d.actual).toEqual([{ text: 'abc', kind: 'same' }]);
  });

  it('falls back to a wholesale mark for huge middles', () => {
    const a = Array.from({ length: 1000 }, (_, i) => i).join(',');
    const b = Array.from({ length: 1000 }, (_, i) => -i - 1).join(',');
    const d = diffTokens(`[${a}]`, `[${b}]`);
    expect(changed(d.expected)).toEqual([a]);
    expect(changed(d.actual)).toEqual([b]);
  });
});

describe('showWhitespace', () => {
  it('makes spaces, tabs and newlines visible', () => {
    expect(showWhitespace('a b\tc\n')).toBe('a·b→c⏎\n');
  });
});
