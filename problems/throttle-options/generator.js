/**
 * Test arguments must be plain JSON to reach the sandbox, and a function is not, so `fn` is a
 * null placeholder: the generated run only creates the throttled function and never calls it.
 * The behaviour is tested by spec.js / spec.hidden.js.
 * @param {number} n used as the wait in milliseconds
 * @param {() => number} random seeded PRNG in [0, 1), picks the options
 */
function generate(n, random) {
  return [null, Math.max(1, n), { leading: random() < 0.5, trailing: random() < 0.5 }];
}
