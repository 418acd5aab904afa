describe('myFilter', () => {
  it('keeps the elements the callback accepts, in order', () => {
    expect(myFilter([5, 12, 8, 130, 44], (x) => x >= 10)).toEqual([12, 130, 44]);
  });

  it('passes value, index and the array, and treats any truthy value as a keep', () => {
    const array = ['a', 'b', 'c', 'd'];
    const callback = vi.fn((_, i) => i % 2);
    expect(myFilter(array, callback)).toEqual(['b', 'd']);
    expect(callback).toHaveBeenCalledTimes(4);
    expect(callback).toHaveBeenNthCalledWith(3, 'c', 2, array);
    expect(callback.mock.calls[0][2]).toBe(array);
  });

  it('calls the callback with thisArg as this', () => {
    const limits = { max: 3 };
    const result = myFilter(
      [1, 4, 2, 5],
      function (x) {
        return x <= this.max;
      },
      limits,
    );
    expect(result).toEqual([1, 2]);
  });

  it('returns a new array and leaves the input unchanged', () => {
    const array = [1, 2, 3];
    const result = myFilter(array, () => true);
    expect(result).toEqual([1, 2, 3]);
    expect(result).not.toBe(array);
    expect(array).toEqual([1, 2, 3]);
  });
});
