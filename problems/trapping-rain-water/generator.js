/**
 * n random bar heights in [0, 10000].
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const height = [];
  for (let k = 0; k < n; k += 1) height.push(Math.floor(random() * 10001));
  return [height];
}
