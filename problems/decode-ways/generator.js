/**
 * n digits from 1–2 with an occasional 0 after a 1 or 2, so almost every position has both a
 * one-digit and a two-digit reading and no early zero ends the work. n >= 1.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  let s = '';
  for (let k = 0; k < Math.max(1, n); k += 1) {
    const r = random();
    s += k > 0 && r < 0.1 && s[k - 1] !== '0' ? '0' : r < 0.55 ? '1' : '2';
  }
  return [s];
}
