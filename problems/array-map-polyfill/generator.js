/**
 * callback must be a function, which plain JSON cannot hold, so the generated call maps an
 * empty array with a null placeholder that is never called (see measuredException).
 * The behaviour is tested by spec.js / spec.hidden.js.
 * @param {number} n unused
 * @param {() => number} random seeded PRNG in [0, 1) (unused)
 */
function generate(n, random) {
  return [[], null, null];
}
