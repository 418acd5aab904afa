describe('myMap (hidden)', () => {
  it('returns [] for an empty array without calling the callback', () => {
    const callback = vi.fn();
    expect(myMap([], callback)).toEqual([]);
    expect(callback).not.toHaveBeenCalled();
  });

  it('skips holes and keeps them in the result', () => {
    const array = [1, , 3];
    const callback = vi.fn((x) => x + 1);
    const result = myMap(array, callback);
    expect(callback).toHaveBeenCalledTimes(2);
    expect(result.length).toBe(3);
    expect(0 in result).toBe(true);
    expect(1 in result).toBe(false);
    expect(result[0]).toBe(2);
    expect(result[2]).toBe(4);
  });

  it('keeps trailing holes and the length of an array made with new Array(n)', () => {
    const callback = vi.fn(() => 'x');
    const result = myMap(new Array(4), callback);
    expect(callback).not.toHaveBeenCalled();
    expect(result.length).toBe(4);
    expect(Object.keys(result)).toEqual([]);
  });

  it('treats a stored undefined as an element, not a hole', () => {
    const callback = vi.fn(() => 'seen');
    const result = myMap([undefined, null], callback);
    expect(callback).toHaveBeenCalledTimes(2);
    expect(result).toEqual(['seen', 'seen']);
  });

  it('keeps an undefined callback result as a present element', () => {
    const result = myMap([1, 2], () => undefined);
    expect(result.length).toBe(2);
    expect(0 in result).toBe(true);
    expect(1 in result).toBe(true);
  });

  it('does not visit elements the callback appends', () => {
    const array = [1, 2, 3];
    const seen = [];
    const result = myMap(array, (x, i, arr) => {
      seen.push(x);
      if (i < 2) arr.push(x * 100);
      return x;
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toEqual([1, 2, 3]);
    expect(array).toEqual([1, 2, 3, 100, 200]);
  });

  it('sees a value changed before it is reached and skips one deleted before it is reached', () => {
    const array = [1, 2, 3, 4];
    const callback = vi.fn((x, i, arr) => {
      if (i === 0) {
        arr[1] = 20;
        delete arr[2];
      }
      return x;
    });
    const result = myMap(array, callback);
    expect(callback).toHaveBeenCalledTimes(3);
    expect(result[1]).toBe(20);
    expect(2 in result).toBe(false);
    expect(result[3]).toBe(4);
    expect(result.length).toBe(4);
  });

  it('passes the same thisArg object to every call', () => {
    const contexts = [];
    const marker = { name: 'ctx' };
    myMap(
      [1, 2],
      function () {
        contexts.push(this);
      },
      marker,
    );
    expect(contexts).toEqual([marker, marker]);
    expect(contexts[0]).toBe(marker);
  });

  it('maps to values of any type, including objects', () => {
    const result = myMap([1, 2], (x) => ({ x }));
    expect(result).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('handles 100,000 elements', () => {
    const array = Array.from({ length: 100000 }, (_, i) => i);
    const result = myMap(array, (x) => x * 2);
    expect(result.length).toBe(100000);
    expect(result[99999]).toBe(199998);
  });
});
