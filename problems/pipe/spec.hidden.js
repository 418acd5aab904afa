describe('pipe (hidden)', () => {
  it('feeds each result to the next function only', () => {
    const seen = [];
    const piped = pipe(
      (a, b, c) => {
        seen.push([a, b, c]);
        return a + b + c;
      },
      (...rest) => {
        seen.push(rest);
        return rest[0] * 10;
      },
      (...rest) => {
        seen.push(rest);
        return `${rest[0]}!`;
      },
    );
    expect(piped(1, 2, 3)).toBe('60!');
    expect(seen).toEqual([[1, 2, 3], [6], [60]]);
  });

  it('calls nothing until the piped function is called, then each function once per call', () => {
    const f = vi.fn((x) => x + 1);
    const g = vi.fn((x) => x * 3);
    const piped = pipe(f, g);
    expect(f).not.toHaveBeenCalled();
    expect(piped(1)).toBe(6);
    expect(piped(2)).toBe(9);
    expect(f).toHaveBeenCalledTimes(2);
    expect(g).toHaveBeenCalledTimes(2);
  });

  it('calls every function with the caller’s this', () => {
    const obj = {
      base: 100,
      run: pipe(
        function (x) {
          return this.base + x;
        },
        function (y) {
          return y + this.base;
        },
      ),
    };
    expect(obj.run(1)).toBe(201);
  });

  it('returns the first argument of an empty pipe, ignoring the rest', () => {
    expect(pipe()(1, 2, 3)).toBe(1);
    expect(pipe()()).toBeUndefined();
  });

  it('passes undefined results along like any other value', () => {
    const piped = pipe(
      () => undefined,
      (x) => (x === undefined ? 'was undefined' : 'defined'),
    );
    expect(piped('ignored')).toBe('was undefined');
  });

  // 30,000, not more: pipe(...fns) puts every function on the call stack as an argument, and a
  // browser worker's stack (smaller than Node's) overflows on that alone somewhere past 50,000.
  // Nested closures overflow well below 30,000 in both.
  it('runs a pipe of 30,000 functions without growing the stack', () => {
    const fns = Array.from({ length: 30000 }, () => (x) => x + 1);
    expect(pipe(...fns)(0)).toBe(30000);
  });
});
