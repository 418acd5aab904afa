/**
 * n random intervals with starts in [0, 10n) and lengths 1–20, in random order, so the sort does
 * real work and roughly half the intervals overlap a neighbour.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const intervals = [];
  for (let i = 0; i < n; i += 1) {
    const start = Math.floor(random() * 10 * n);
    intervals.push([start, start + 1 + Math.floor(random() * 20)]);
  }
  return [intervals];
}
