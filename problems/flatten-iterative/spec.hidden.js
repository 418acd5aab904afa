// These inputs are too deep to be written as JSON test data (and to be copied into the sandbox),
// or too large to be worth it, so they are built here.
function nest(levels, inner) {
  let value = inner;
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

describe('flatten, very deep and large input (hidden)', () => {
  it('flattens 100,000 levels of nesting without a stack overflow', () => {
    const deep = nest(100000, [1]);
    expect(flatten(deep)).toEqual([1]);
  });

  it('stops one level short with depth 99,999', () => {
    const deep = nest(100000, [1]);
    expect(flatten(deep, 99999)).toEqual([[1]]);
  });

  it('keeps the order of a value at every one of 100,000 levels', () => {
    let chain = [100000];
    for (let i = 99999; i >= 0; i -= 1) chain = [i, chain];
    const result = flatten(chain);
    expect(result.length).toBe(100001);
    let inOrder = true;
    for (let i = 0; i < result.length; i += 1) if (result[i] !== i) inOrder = false;
    expect(inOrder).toBe(true);
  });

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
