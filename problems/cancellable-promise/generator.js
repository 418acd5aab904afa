/**
 * Test arguments must be plain JSON to reach the sandbox: the input is the plain value n (wrapped
 * like Promise.resolve(n)) and onCancel is a null placeholder, never called since the generated
 * run does not cancel. The behaviour over time is tested by spec.js / spec.hidden.js.
 * @param {number} n the value to wrap
 * @param {() => number} random seeded PRNG in [0, 1) (unused: nothing here is random)
 */
function generate(n, random) {
  return [n, null];
}
