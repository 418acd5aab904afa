/**
 * The delay itself, capped at 100 ms: sleep's work does not grow with it (see measuredException),
 * and the generated call runs with real timers, so a large n must not make it wait for long.
 * @param {number} n used as ms, up to 100
 * @param {() => number} random seeded PRNG in [0, 1) (unused: nothing here is random)
 */
function generate(n, random) {
  return [Math.min(n, 100)];
}
