/**
 * One random unsigned integer below 2^min(n, 32): the input never grows beyond 32 bits (see
 * complexity.measuredException).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  return [Math.floor(random() * 2 ** Math.min(32, Math.max(1, n)))];
}
