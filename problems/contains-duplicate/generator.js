/**
 * n distinct integers in [-10^9, 10^9] (the worst case: the whole array must be scanned),
 * except that for odd n the last element repeats the first.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const seen = new Set();
  const nums = [];
  while (nums.length < n) {
    const value = Math.floor(random() * 2000000001) - 1000000000;
    if (!seen.has(value)) {
      seen.add(value);
      nums.push(value);
    }
  }
  if (n % 2 === 1 && n > 1) nums[n - 1] = nums[0];
  return [nums];
}
