/**
 * An n × n grid (at least 1 × 1) with 80 % ones, so long runs and real stack work appear in every row.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const matrix = [];
  for (let i = 0; i < size; i += 1) {
    const row = [];
    for (let j = 0; j < size; j += 1) row.push(random() < 0.8 ? 1 : 0);
    matrix.push(row);
  }
  return [matrix];
}
