describe('memoize', () => {
  it('returns what fn returns', () => {
    const square = memoize((x) => x * x);
    expect(square(9)).toBe(81);
    expect(square(4)).toBe(16);
  });

  it('calls fn only once for a repeated first argument', () => {
    const fn = vi.fn((x) => x * x);
    const square = memoize(fn);
    expect(square(9)).toBe(81);
    expect(square(9)).toBe(81);
    expect(square(9)).toBe(81);
    expect(fn).toHaveBeenCalledTimes(1);
    square(4);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('keys on the first argument only by default', () => {
    const fn = vi.fn((a, b) => a + b);
    const add = memoize(fn);
    expect(add(1, 2)).toBe(3);
    expect(add(1, 10)).toBe(3);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('uses the resolver result as the key', () => {
    const fn = vi.fn((a, b) => a + b);
    const add = memoize(fn, (a, b) => `${a},${b}`);
    expect(add(1, 2)).toBe(3);
    expect(add(1, 10)).toBe(11);
    expect(add(1, 2)).toBe(3);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
