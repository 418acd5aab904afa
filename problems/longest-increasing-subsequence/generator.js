/**
 * n random scores in [-10^9, 10^9]: the piles grow to about 2·sqrt(n), so every value pays a real
 * binary search.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  for (let k = 0; k < n; k += 1) nums.push(Math.floor(random() * 2000000001) - 1000000000);
  return [nums];
}
