/**
 * max(1, n) jumps in [1, 5]: no square is a dead end, so the answer is true and the scan
 * walks the whole row.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  for (let k = 0; k < Math.max(1, n); k += 1) nums.push(1 + Math.floor(random() * 5));
  return [nums];
}
