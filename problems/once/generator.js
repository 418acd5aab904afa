/**
 * Test arguments must be plain JSON to reach the sandbox, and a function is not, so fn is a null
 * placeholder: the generated run only creates the wrapper and never calls it.
 * @param {number} n unused: there is no input size
 * @param {() => number} random seeded PRNG in [0, 1) (unused)
 */
function generate(n, random) {
  return [null];
}
