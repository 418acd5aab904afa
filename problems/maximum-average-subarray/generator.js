/**
 * n random values in [-10^4, 10^4] (at least one) and k = ceil(n / 2).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  for (let i = 0; i < Math.max(1, n); i += 1) nums.push(Math.floor(random() * 20001) - 10000);
  return [nums, Math.ceil(nums.length / 2)];
}
