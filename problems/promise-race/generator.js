/**
 * n plain integers: promiseRace subscribes to every one of them (O(n)) and fulfills with the first.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const items = [];
  for (let i = 0; i < n; i += 1) items.push(Math.floor(random() * 1000));
  return [items];
}
