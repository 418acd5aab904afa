/**
 * Five random coin values in [1, 50] and amount = n, so the table size grows with n while the
 * number of coin values stays fixed.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const coins = [];
  for (let k = 0; k < 5; k += 1) coins.push(1 + Math.floor(random() * 50));
  return [coins, n];
}
