/**
 * n plain integers: each is wrapped in a promise and subscribed to, so the work grows with n.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const items = [];
  for (let i = 0; i < n; i += 1) items.push(Math.floor(random() * 1000));
  return [items];
}
