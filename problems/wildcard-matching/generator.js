/**
 * A name of n letters from {a, b} and a pattern of n characters from {a, b, ?, *}: the table has
 * (n + 1)^2 cells whatever the characters, so the reference does its full work.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  let s = '';
  let p = '';
  for (let k = 0; k < n; k += 1) {
    s += random() < 0.5 ? 'a' : 'b';
    p += 'ab?*'[Math.floor(random() * 4)];
  }
  return [s, p];
}
