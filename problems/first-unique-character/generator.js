/**
 * n random letters from a–y, each letter doubled so none is unique, then one 'z' at the end: the
 * second pass must walk the whole string to find it.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  let s = '';
  for (let i = 0; i + 1 < n; i += 2) {
    const ch = 'abcdefghijklmnopqrstuvwxy'[Math.floor(random() * 25)];
    s += ch + ch;
  }
  return [s + 'z'];
}
