/**
 * A list of n random values in [-5000, 5000], written as an array from head to tail.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const values = [];
  for (let k = 0; k < n; k += 1) values.push(Math.floor(random() * 10001) - 5000);
  return [values];
}
