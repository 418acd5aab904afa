/**
 * Test arguments must be plain JSON to reach the sandbox, and functions are not, so the one
 * function is a null placeholder: the generated run only builds the pipe and never calls it.
 * @param {number} n unused: the behaviour is tested by the spec
 * @param {() => number} random seeded PRNG in [0, 1) (unused)
 */
function generate(n, random) {
  return [null];
}
