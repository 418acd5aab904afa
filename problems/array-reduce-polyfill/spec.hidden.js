describe('myReduce (hidden)', () => {
  it('returns the initial value for an empty array without calling the callback', () => {
    const callback = vi.fn();
    expect(myReduce([], callback, 'start')).toBe('start');
    expect(callback).not.toHaveBeenCalled();
  });

  it('returns a single element without calling the callback', () => {
    const callback = vi.fn();
    expect(myReduce(['only'], callback)).toBe('only');
    expect(callback).not.toHaveBeenCalled();
  });

  it('treats an explicit undefined as an initial value', () => {
    const callback = vi.fn((acc, x) => (acc === undefined ? `first:${x}` : `${acc},${x}`));
    expect(myReduce([1, 2], callback, undefined)).toBe('first:1,2');
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('does not throw for an empty array with an undefined initial value', () => {
    expect(myReduce([], (a, b) => a + b, undefined)).toBeUndefined();
  });

  it('skips leading holes when there is no initial value', () => {
    const array = [, , 5, 6];
    const callback = vi.fn((a, b) => a + b);
    expect(myReduce(array, callback)).toBe(11);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(5, 6, 3, array);
  });

  it('skips holes in the middle', () => {
    const indices = [];
    const result = myReduce(
      [1, , 3, , 5],
      (acc, x, i) => {
        indices.push(i);
        return acc + x;
      },
      0,
    );
    expect(result).toBe(9);
    expect(indices).toEqual([0, 2, 4]);
  });

  it('throws a TypeError for an array of only holes without an initial value', () => {
    expect(() => myReduce(new Array(3), (a, b) => a + b)).toThrow(TypeError);
  });

  it('treats a stored undefined as an element', () => {
    const callback = vi.fn((acc) => acc + 1);
    expect(myReduce([undefined, undefined], callback, 0)).toBe(2);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('can build objects and arrays', () => {
    const counts = myReduce(
      ['a', 'b', 'a'],
      (acc, x) => {
        acc[x] = (acc[x] || 0) + 1;
        return acc;
      },
      {},
    );
    expect(counts).toEqual({ a: 2, b: 1 });
    expect(myReduce([[1], [2, 3]], (acc, x) => acc.concat(x), [])).toEqual([1, 2, 3]);
  });

  it('does not visit elements the callback appends', () => {
    const array = [1, 2];
    const callback = vi.fn((acc, x, i, arr) => {
      arr.push(100);
      return acc + x;
    });
    expect(myReduce(array, callback, 0)).toBe(3);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('handles 100,000 elements', () => {
    const array = Array.from({ length: 100000 }, (_, i) => i);
    expect(myReduce(array, (a, b) => a + b)).toBe((99999 * 100000) / 2);
  });
});
