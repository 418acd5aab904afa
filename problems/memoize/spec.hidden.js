describe('memoize (hidden)', () => {
  it('caches undefined, null, 0 and false results', () => {
    for (const value of [undefined, null, 0, false, '']) {
      const fn = vi.fn(() => value);
      const memoized = memoize(fn);
      expect(memoized('k')).toBe(value);
      expect(memoized('k')).toBe(value);
      expect(fn).toHaveBeenCalledTimes(1);
    }
  });

  it('keeps 1 and "1" as different keys', () => {
    const fn = vi.fn((x) => typeof x);
    const memoized = memoize(fn);
    expect(memoized(1)).toBe('number');
    expect(memoized('1')).toBe('string');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('keys objects by identity', () => {
    const fn = vi.fn((o) => o.id);
    const memoized = memoize(fn);
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(memoized(a)).toBe('a');
    expect(memoized(b)).toBe('b');
    expect(memoized(a)).toBe('a');
    expect(memoized({ id: 'a' })).toBe('a');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('treats NaN as the same key as NaN', () => {
    const fn = vi.fn(() => 'nan');
    const memoized = memoize(fn);
    memoized(NaN);
    memoized(NaN);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('caches a call with no arguments under the key undefined', () => {
    const fn = vi.fn(() => 'value');
    const memoized = memoize(fn);
    expect(memoized()).toBe('value');
    expect(memoized(undefined)).toBe('value');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('passes all arguments and this to fn', () => {
    const fn = vi.fn(function (a, b, c) {
      return `${this.prefix}${a}${b}${c}`;
    });
    const obj = { prefix: '>', run: memoize(fn) };
    expect(obj.run(1, 2, 3)).toBe('>123');
    expect(fn).toHaveBeenCalledWith(1, 2, 3);
    expect(fn.mock.contexts[0]).toBe(obj);
  });

  it('passes all arguments and this to the resolver', () => {
    const resolver = vi.fn(function (a, b) {
      return `${this.scope}:${a}:${b}`;
    });
    const fn = vi.fn((a, b) => a * b);
    const obj = { scope: 's', run: memoize(fn, resolver) };
    expect(obj.run(2, 3)).toBe(6);
    expect(obj.run(2, 3)).toBe(6);
    expect(obj.run(2, 4)).toBe(8);
    expect(resolver).toHaveBeenCalledTimes(3);
    expect(resolver).toHaveBeenCalledWith(2, 3);
    expect(resolver.mock.contexts[0]).toBe(obj);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('uses a resolver that returns an object by identity', () => {
    const key = {};
    const fn = vi.fn((x) => x + 1);
    const memoized = memoize(fn, () => key);
    expect(memoized(1)).toBe(2);
    expect(memoized(100)).toBe(2);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not cache when fn throws', () => {
    let attempts = 0;
    const fn = vi.fn(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('flaky');
      return 'ok';
    });
    const memoized = memoize(fn);
    expect(() => memoized('k')).toThrow('flaky');
    expect(memoized('k')).toBe('ok');
    expect(memoized('k')).toBe('ok');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('gives every memoized function its own cache', () => {
    const double = memoize((x) => x * 2);
    const triple = memoize((x) => x * 3);
    expect(double(5)).toBe(10);
    expect(triple(5)).toBe(15);
  });

  it('stays fast with many distinct keys', () => {
    let calls = 0; // a plain counter: vi.fn would record 50,000 calls and slow the test down
    const memoized = memoize((x) => {
      calls += 1;
      return x + 1;
    });
    let sum = 0;
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 50000; i += 1) sum += memoized(i);
    }
    expect(calls).toBe(50000);
    expect(sum).toBe((2 * (50000 * 50001)) / 2);
  });
});
