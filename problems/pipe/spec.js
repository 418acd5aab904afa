describe('pipe', () => {
  it('applies the functions left to right', () => {
    const addThenDouble = pipe(
      (x) => x + 1,
      (x) => x * 2,
    );
    expect(addThenDouble(3)).toBe(8);
  });

  it('gives every argument to the first function', () => {
    const sumThenSquare = pipe(
      (a, b) => a + b,
      (s) => s * s,
    );
    expect(sumThenSquare(2, 3)).toBe(25);
  });

  it('is the identity with no functions', () => {
    expect(pipe()('unchanged')).toBe('unchanged');
  });

  it('runs a single function as it is', () => {
    expect(pipe((s) => s.toUpperCase())('abc')).toBe('ABC');
  });
});
