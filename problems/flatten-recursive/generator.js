/**
 * n numbers spread over randomly nested arrays (at most 5 levels), flattened completely
 * (depth n is never smaller than the nesting).
 * @param {number} n number of values
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const root = [];
  const stack = [root];
  for (let i = 0; i < n; i += 1) {
    const r = random();
    if (r < 0.2 && stack.length < 6) {
      const child = [];
      stack[stack.length - 1].push(child);
      stack.push(child);
    } else if (r < 0.35 && stack.length > 1) {
      stack.pop();
    }
    stack[stack.length - 1].push(Math.floor(random() * 100));
  }
  return [root, n];
}
