describe('myFilter (hidden)', () => {
  it('returns [] for an empty array without calling the callback', () => {
    const callback = vi.fn(() => true);
    expect(myFilter([], callback)).toEqual([]);
    expect(callback).not.toHaveBeenCalled();
  });

  it('returns [] when nothing is accepted', () => {
    expect(myFilter([1, 2, 3], () => false)).toEqual([]);
  });

  it('skips holes and returns a dense array', () => {
    const array = [0, , null, 'x', undefined];
    const callback = vi.fn(() => true);
    const result = myFilter(array, callback);
    expect(callback).toHaveBeenCalledTimes(4);
    expect(result).toEqual([0, null, 'x', undefined]);
    expect(result.length).toBe(4);
    expect(Object.keys(result)).toEqual(['0', '1', '2', '3']);
  });

  it('keeps falsy elements when the callback accepts them', () => {
    expect(myFilter([0, '', false, null, NaN], () => 'yes')).toEqual([0, '', false, null, NaN]);
  });

  it('treats every falsy return value as a drop', () => {
    const returns = [0, '', null, undefined, NaN, false, 1, 'ok', {}, []];
    const result = myFilter(returns, (x) => x);
    expect(result).toEqual([1, 'ok', {}, []]);
  });

  it('does not visit elements the callback appends', () => {
    const array = [1, 2, 3];
    const callback = vi.fn((x, i, arr) => {
      if (i === 0) arr.push(4, 5);
      return true;
    });
    expect(myFilter(array, callback)).toEqual([1, 2, 3]);
    expect(callback).toHaveBeenCalledTimes(3);
  });

  it('keeps the value passed to the callback even if the callback overwrites it', () => {
    const array = ['keep me', 'b'];
    const result = myFilter(array, (x, i, arr) => {
      arr[i] = 'overwritten';
      return true;
    });
    expect(result).toEqual(['keep me', 'b']);
  });

  it('skips an element deleted before it is reached', () => {
    const array = [1, 2, 3];
    const callback = vi.fn((x, i, arr) => {
      if (i === 0) delete arr[1];
      return true;
    });
    expect(myFilter(array, callback)).toEqual([1, 3]);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('keeps object elements by reference', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    const result = myFilter([a, b], (o) => o.id === 2);
    expect(result[0]).toBe(b);
  });

  it('handles 100,000 elements', () => {
    const array = Array.from({ length: 100000 }, (_, i) => i);
    const result = myFilter(array, (x) => x % 3 === 0);
    expect(result.length).toBe(33334);
    expect(result[33333]).toBe(99999);
  });
});
