/**
 * max(3, n) integers in [-10n, 10n]: mostly odd (three odd numbers never sum to 0) with about 3%
 * even ones, so the scan does its full O(n²) work while the number of triplets stays small.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(3, n);
  const range = 10 * size;
  const nums = [];
  for (let k = 0; k < size; k += 1) {
    let value = Math.floor(random() * (2 * range + 1)) - range;
    if (random() >= 0.03 && value % 2 === 0) value += value < range ? 1 : -1;
    nums.push(value);
  }
  return [nums];
}
