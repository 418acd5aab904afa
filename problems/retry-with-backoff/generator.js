/**
 * Test arguments must be plain JSON to reach the sandbox, and a function is not, so `fn` is a
 * null placeholder: the generated run only wraps it and never calls the wrapped function.
 * The attempts and waits are tested by spec.js / spec.hidden.js.
 * @param {number} n used as the number of retries, up to 50
 * @param {() => number} random seeded PRNG in [0, 1) (unused: nothing here is random)
 */
function generate(n, random) {
  return [null, { retries: Math.min(n, 50), baseDelay: 10, maxDelay: 1000 }];
}
