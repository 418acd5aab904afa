/**
 * n random wall heights in [0, 10^4] (at least two walls). The pointers always walk until they meet,
 * so every input costs the reference n - 1 steps.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(2, n);
  const height = [];
  for (let i = 0; i < size; i += 1) height.push(Math.floor(random() * 10001));
  return [height];
}
