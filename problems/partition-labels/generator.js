/**
 * n letters (at least 1) in blocks: each block uses its own few letters, so the answer has many
 * parts and both passes cover the whole string.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let s = '';
  let block = 0;
  while (s.length < Math.max(1, n)) {
    const base = (block * 3) % 24;
    const len = Math.min(Math.max(1, n) - s.length, 1 + Math.floor(random() * 8));
    for (let k = 0; k < len; k += 1) s += letters[base + Math.floor(random() * 3)];
    block += 1;
  }
  return [s];
}
