/**
 * The step count itself: the loop runs n - 2 times. Above n = 78 the count no longer fits a safe
 * integer and is only approximate, which does not matter for timing; the tests stay within n <= 45.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1) (unused: the input is just n)
 */
function generate(n, random) {
  return [Math.max(1, n)];
}
