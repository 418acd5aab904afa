describe('curry (hidden)', () => {
  it('keeps branches of the same partial independent', () => {
    const add3 = curry((a, b, c) => a + b + c);
    const add1 = add3(1);
    const add1and2 = add1(2);
    const add1and10 = add1(10);
    expect(add1and2(3)).toBe(6);
    expect(add1and10(20)).toBe(31);
    expect(add1and2(100)).toBe(103);
    expect(add3(5)(5)(5)).toBe(15);
  });

  it('calls fn exactly once, with the arguments in order', () => {
    const fn = vi.fn((a, b, c) => [a, b, c]);
    const result = curry(fn)('a')('b', 'c');
    expect(result).toEqual(['a', 'b', 'c']);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('a', 'b', 'c');
  });

  it('uses an explicit arity', () => {
    const sumAll = curry((...nums) => nums.reduce((a, b) => a + b, 0), 3);
    expect(typeof sumAll(1)(2)).toBe('function');
    expect(sumAll(1)(2)(3)).toBe(6);
  });

  it('passes extra arguments on to fn', () => {
    const fn = vi.fn((...nums) => nums.length);
    const curried = curry(fn, 3);
    expect(curried(1, 2)(3, 4)).toBe(4);
    expect(fn).toHaveBeenCalledWith(1, 2, 3, 4);
    expect(curried(1, 2, 3, 4, 5)).toBe(5);
  });

  it('runs fn on the first call when the arity is 0', () => {
    const fn = vi.fn(() => 'ran');
    expect(curry(fn)()).toBe('ran');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('ignores calls with no arguments', () => {
    const curried = curry((a, b) => a - b);
    expect(typeof curried()).toBe('function');
    expect(curried()(10)()(4)).toBe(6);
  });

  it('counts undefined as an argument', () => {
    const curried = curry((a, b) => `${a}|${b}`);
    expect(curried(undefined)(undefined)).toBe('undefined|undefined');
  });

  it('uses fn.length, which stops at the first default parameter', () => {
    const fn = vi.fn((a, b = 10) => a + b);
    expect(curry(fn)(1)).toBe(11);
  });

  it('works with arity 1', () => {
    const double = curry((x) => x * 2);
    expect(double(21)).toBe(42);
    expect(double(1)).toBe(2);
  });

  it('handles a larger arity', () => {
    const sum10 = curry((a, b, c, d, e, f, g, h, i, j) => a + b + c + d + e + f + g + h + i + j);
    let step = sum10;
    for (let k = 1; k <= 9; k += 1) step = step(k);
    expect(step(10)).toBe(55);
    expect(sum10(1, 2, 3)(4, 5, 6, 7)(8)(9, 10)).toBe(55);
  });
});
