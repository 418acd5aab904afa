describe('myMap', () => {
  it('maps every element', () => {
    expect(myMap([1, 2, 3], (x) => x * 10)).toEqual([10, 20, 30]);
  });

  it('passes value, index and the array to the callback', () => {
    const array = ['a', 'b'];
    const callback = vi.fn((x, i) => `${i}:${x}`);
    expect(myMap(array, callback)).toEqual(['0:a', '1:b']);
    expect(callback).toHaveBeenNthCalledWith(1, 'a', 0, array);
    expect(callback).toHaveBeenNthCalledWith(2, 'b', 1, array);
    expect(callback.mock.calls[0][2]).toBe(array);
  });

  it('calls the callback with thisArg as this', () => {
    const scale = { factor: 3 };
    const result = myMap(
      [1, 2],
      function (x) {
        return x * this.factor;
      },
      scale,
    );
    expect(result).toEqual([3, 6]);
  });

  it('returns a new array and leaves the input unchanged', () => {
    const array = [1, 2, 3];
    const result = myMap(array, (x) => x);
    expect(result).not.toBe(array);
    expect(array).toEqual([1, 2, 3]);
  });
});
