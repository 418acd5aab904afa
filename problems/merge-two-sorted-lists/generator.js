/**
 * Two sorted lists of random values in [-10000, 10000] with n nodes in total, split at a random
 * point, written as arrays from head to tail.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const values = [];
  for (let k = 0; k < n; k += 1) values.push(Math.floor(random() * 20001) - 10000);
  const m = Math.floor(random() * (n + 1));
  const byValue = (a, b) => a - b;
  return [values.slice(0, m).sort(byValue), values.slice(m).sort(byValue)];
}
