/**
 * Two sorted arrays of random integers in [-10^6, 10^6] whose lengths add up to max(1, n),
 * split at a random point.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const total = Math.max(1, n);
  const values = [];
  for (let k = 0; k < total; k += 1) values.push(Math.floor(random() * 2000001) - 1000000);
  const m = Math.floor(random() * (total + 1));
  const byValue = (a, b) => a - b;
  return [values.slice(0, m).sort(byValue), values.slice(m).sort(byValue)];
}
