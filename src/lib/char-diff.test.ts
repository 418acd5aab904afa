import { describe, expect, it } from 'vitest';
import { diffChars, showWhitespace } from './char-diff';

const changed = (parts: { text: string; kind: string }[]) =>
  parts.filter((p) => p.kind === 'changed').map((p) => p.text);

describe('diffChars', () => {
  it('marks only the differing element', () => {
    const d = diffChars('[0,1]', '[1,0]');
    expect(d.expected.map((p) => p.text).join('')).toBe('[0,1]');
    expect(d.actual.map((p) => p.text).join('')).toBe('[1,0]');
    expect(changed(d.expected).join('').length).toBeGreaterThan(0);
    expect(changed(d.actual).join('').length).toBeGreaterThan(0);
  });

  it('finds an extra character in the middle', () => {
    const d = diffChars('hello world', 'hello  world');
    expect(changed(d.expected)).toEqual([]);
    expect(changed(d.actual)).toEqual([' ']);
  });

  it('reports no change for equal strings', () => {
    const d = diffChars('abc', 'abc');
    expect(d.expected).toEqual([{ text: 'abc', kind: 'same' }]);
    expect(d.actual).toEqual([{ text: 'abc', kind: 'same' }]);
  });

  it('falls back to a wholesale mark for huge middles', () => {
    const a = 'x'.repeat(1000);
    const b = 'y'.repeat(1000);
    const d = diffChars(`[${a}]`, `[${b}]`);
    expect(changed(d.expected)).toEqual([a]);
    expect(changed(d.actual)).toEqual([b]);
  });
});

describe('showWhitespace', () => {
  it('makes spaces, tabs and newlines visible', () => {
    expect(showWhitespace('a b\tc\n')).toBe('a·b→c⏎\n');
  });
});
