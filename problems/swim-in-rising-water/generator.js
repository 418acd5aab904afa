/**
 * A square grid of about n tiles (side round(sqrt(n)), at least 1) holding a random permutation of
 * its heights: the binary search does O(log n) BFS runs over n tiles, O(n log n) in this n.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const side = Math.max(1, Math.round(Math.sqrt(n)));
  const values = [];
  for (let v = 0; v < side * side; v += 1) values.push(v);
  for (let i = values.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  const grid = [];
  for (let r = 0; r < side; r += 1) grid.push(values.slice(r * side, (r + 1) * side));
  return [grid];
}
