describe('curry', () => {
  const volume = (l, w, h) => l * w * h;

  it('supports one argument per call', () => {
    expect(curry(volume)(2)(3)(4)).toBe(24);
  });

  it('supports several arguments per call, in any grouping', () => {
    const curried = curry(volume);
    expect(curried(2, 3)(4)).toBe(24);
    expect(curried(2)(3, 4)).toBe(24);
    expect(curried(2, 3, 4)).toBe(24);
  });

  it('returns a function until enough arguments are collected', () => {
    const fn = vi.fn(volume);
    const curried = curry(fn);
    const step = curried(2);
    expect(typeof step).toBe('function');
    expect(typeof step(3)).toBe('function');
    expect(fn).not.toHaveBeenCalled();
  });

  it('lets a partial application be reused', () => {
    const greet = curry((greeting, name) => `${greeting}, ${name}!`);
    const hello = greet('Hello');
    expect(hello('Ada')).toBe('Hello, Ada!');
    expect(hello('Grace')).toBe('Hello, Grace!');
  });
});
