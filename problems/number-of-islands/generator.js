/**
 * A grid of about n cells (√n × √n, at least 1 × 1) where each cell is land with probability 0.45.
 * @param {number} n number of cells
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const rows = Math.max(1, Math.round(Math.sqrt(n)));
  const cols = Math.max(1, Math.round(n / rows));
  const grid = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => (random() < 0.45 ? '1' : '0')),
  );
  return [grid];
}
