describe('once (hidden)', () => {
  it('counts a first call whose result is undefined', () => {
    const fn = vi.fn(() => undefined);
    const wrapped = once(fn);
    expect(wrapped()).toBeUndefined();
    expect(wrapped()).toBeUndefined();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('counts a first call that returns null, 0 or false', () => {
    for (const value of [null, 0, false, '']) {
      const fn = vi.fn(() => value);
      const wrapped = once(fn);
      expect(wrapped()).toBe(value);
      expect(wrapped()).toBe(value);
      expect(fn).toHaveBeenCalledTimes(1);
    }
  });

  it('lets a first-call error through, then never calls fn again', () => {
    const fn = vi.fn(() => {
      throw new Error('boom');
    });
    const wrapped = once(fn);
    expect(() => wrapped()).toThrow('boom');
    expect(wrapped()).toBeUndefined();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs fn once even when fn calls the wrapper again', () => {
    let wrapped;
    const fn = vi.fn(() => {
      wrapped();
      return 'outer';
    });
    wrapped = once(fn);
    expect(wrapped()).toBe('outer');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps separate wrappers independent', () => {
    const a = once(() => 'a');
    const b = once(() => 'b');
    expect(a()).toBe('a');
    expect(b()).toBe('b');
    expect(a()).toBe('a');
  });

  it('returns the same object on every call', () => {
    const make = once(() => ({ id: 1 }));
    expect(make()).toBe(make());
  });

  it('answers 100,000 calls from the stored result', () => {
    const fn = vi.fn((x) => x * 2);
    const wrapped = once(fn);
    let sum = 0;
    for (let i = 0; i < 100000; i += 1) sum += wrapped(i + 1);
    expect(sum).toBe(200000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
