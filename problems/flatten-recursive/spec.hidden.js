// The large input is built here rather than written into tests.json: 100,000 values would make
// the data file (and the display of the result) needlessly heavy.
describe('flatten, large input (hidden)', () => {
  it('flattens 100,000 values, a quarter of them wrapped in arrays, in linear time', () => {
    const input = [];
    for (let i = 0; i < 100000; i += 1) input.push(i % 4 === 0 ? [i] : i);
    const result = flatten(input);
    expect(result.length).toBe(100000);
    let inOrder = true;
    for (let i = 0; i < result.length; i += 1) if (result[i] !== i) inOrder = false;
    expect(inOrder).toBe(true);
  });
});
