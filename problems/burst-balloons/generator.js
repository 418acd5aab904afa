/**
 * n random balloon values in [0, 100] (at least one balloon). The table work does not depend on the
 * values, so every size does the full O(n^3) work.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  for (let i = 0; i < Math.max(1, n); i += 1) nums.push(Math.floor(random() * 101));
  return [nums];
}
