/**
 * n random letters from A–D (at least one) and k = floor(n / 20), so the window keeps sliding.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  let s = '';
  for (let i = 0; i < Math.max(1, n); i += 1) s += 'ABCD'[Math.floor(random() * 4)];
  return [s, Math.floor(n / 20)];
}
