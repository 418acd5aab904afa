import { describe, expect, it } from 'vitest';
import { languageFor, languagesOf } from './languages';

describe('languageFor', () => {
  const withPython = { python: { starter: 'def f():\n    pass\n' } };
  const jsOnly = {};

  it('keeps the chosen language where the problem offers it', () => {
    expect(languagesOf(withPython)).toEqual(['js', 'ts', 'py']);
    expect(languageFor(withPython, 'py')).toBe('py');
    expect(languageFor(withPython, 'ts')).toBe('ts');
    expect(languageFor(jsOnly, 'ts')).toBe('ts');
  });

  it('falls back to JavaScript where the problem has no Python', () => {
    expect(languageFor(jsOnly, 'py')).toBe('js');
  });
});
