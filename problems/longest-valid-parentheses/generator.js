/**
 * n random brackets, '(' slightly more likely than ')', so valid stretches and unmatched brackets
 * of both kinds appear throughout.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += random() < 0.52 ? '(' : ')';
  return [s];
}
