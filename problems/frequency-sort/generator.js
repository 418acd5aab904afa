/**
 * n values in [-1000, 1000] with skewed frequencies (a few common values, many rare ones, so there
 * are plenty of ties).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  for (let k = 0; k < n; k += 1) {
    const r = random();
    nums.push(Math.floor(r * r * r * 2001) - 1000);
  }
  return [nums];
}
