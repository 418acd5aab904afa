/**
 * max(1, n) integers in [-100, 100].
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  for (let k = 0; k < Math.max(1, n); k += 1) nums.push(Math.floor(random() * 201) - 100);
  return [nums];
}
