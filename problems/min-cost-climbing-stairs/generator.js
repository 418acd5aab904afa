/**
 * n random tolls in [0, 999] (at least two steps).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const cost = [];
  for (let i = 0; i < Math.max(2, n); i += 1) cost.push(Math.floor(random() * 1000));
  return [cost];
}
