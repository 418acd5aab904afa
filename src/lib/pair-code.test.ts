import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, createCode, formatCode, parseCode } from './pair-code';

describe('pair codes', () => {
  it('makes 12-character codes of the Crockford alphabet, shown in groups of four', () => {
    const code = createCode();
    expect(code.slot).toHaveLength(4);
    expect(code.secret).toHaveLength(8);
    expect(formatCode(code)).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(createCode()).not.toEqual(code);
  });

  it('reads a code as typed: case, spaces, dashes, O for 0 and I/L for 1 do not matter', () => {
    expect(parseCode('ab0d-efgh-jk1m')).toEqual({ slot: 'AB0D', secret: 'EFGHJK1M' });
    expect(parseCode(' abOd efgh jkLm ')).toEqual({ slot: 'AB0D', secret: 'EFGHJK1M' });
    expect(parseCode('abod-efgh-jkim')).toEqual({ slot: 'AB0D', secret: 'EFGHJK1M' });
  });

  it('says why a typed text is not a code', () => {
    expect(parseCode('ABCD-EFGH-JKU1')).toEqual({ error: '“U” is not a character of a code' });
    expect(parseCode('ABCD-EFGH')).toEqual({ error: 'a code has 12 characters, this one has 8' });
  });
});
