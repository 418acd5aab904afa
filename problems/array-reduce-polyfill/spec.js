describe('myReduce', () => {
  it('sums with an initial value', () => {
    expect(myReduce([1, 2, 3, 4], (sum, x) => sum + x, 0)).toBe(10);
  });

  it('starts from the first element without an initial value', () => {
    const callback = vi.fn((sum, x) => sum + x);
    expect(myReduce([1, 2, 3, 4], callback)).toBe(10);
    expect(callback).toHaveBeenCalledTimes(3);
    expect(callback).toHaveBeenNthCalledWith(1, 1, 2, 1, expect.any(Array));
  });

  it('passes accumulator, value, index and the array', () => {
    const array = ['a', 'b'];
    const callback = vi.fn((acc, x, i) => `${acc}${i}${x}`);
    expect(myReduce(array, callback, '>')).toBe('>0a1b');
    expect(callback).toHaveBeenNthCalledWith(1, '>', 'a', 0, array);
    expect(callback).toHaveBeenNthCalledWith(2, '>0a', 'b', 1, array);
    expect(callback.mock.calls[0][3]).toBe(array);
  });

  it('throws a TypeError for an empty array without an initial value', () => {
    expect(() => myReduce([], (a, b) => a + b)).toThrow(TypeError);
  });
});
