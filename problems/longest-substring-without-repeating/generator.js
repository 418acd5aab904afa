/**
 * A string of n characters drawn from n/4 + 1 distinct CJK characters, so windows grow long and
 * repeats still happen throughout.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const pool = Math.floor(n / 4) + 1;
  let s = '';
  for (let k = 0; k < n; k += 1) s += String.fromCharCode(0x4e00 + Math.floor(random() * pool));
  return [s];
}
