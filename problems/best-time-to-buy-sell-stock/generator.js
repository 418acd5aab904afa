/**
 * max(1, n) random prices in [0, 10000].
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const prices = [];
  for (let k = 0; k < Math.max(1, n); k += 1) prices.push(Math.floor(random() * 10001));
  return [prices];
}
