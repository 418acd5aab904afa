/**
 * A list of n random values in [0, 1000] and groups of k = 3, so most nodes are relinked.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const values = [];
  for (let i = 0; i < n; i += 1) values.push(Math.floor(random() * 1001));
  return [values, 3];
}
