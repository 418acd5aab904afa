/**
 * n short intervals scattered over [0, 4n] in random order: about half of them overlap a
 * neighbour, so the output has a large share of the input and the sort dominates.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const intervals = [];
  for (let k = 0; k < n; k += 1) {
    const start = Math.floor(random() * 4 * n);
    intervals.push([start, start + Math.floor(random() * 3)]);
  }
  return [intervals];
}
