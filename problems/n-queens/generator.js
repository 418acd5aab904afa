/**
 * The board size: n itself, clamped to [1, 10] because the number of boards grows exponentially.
 * @param {number} n requested board size
 */
function generate(n) {
  return [Math.min(10, Math.max(1, n))];
}
