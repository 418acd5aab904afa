/**
 * Test arguments must be plain JSON to reach the sandbox, and tasks are functions, so the generated
 * run has no tasks: it only proves the signature loads and that an empty pool fulfils with [].
 * @param {number} n used as the limit
 * @param {() => number} random seeded PRNG in [0, 1) (unused)
 */
function generate(n, random) {
  return [[], Math.max(1, n)];
}
