/**
 * max(1, n) bar heights in [0, 10000] that rise slowly with random noise, so that rectangles
 * are often wide (the hard case for a naive scan).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const heights = [];
  for (let k = 0; k < size; k += 1) {
    heights.push(Math.min(10000, Math.floor((k * 10000) / size) + Math.floor(random() * 50)));
  }
  return [heights];
}
