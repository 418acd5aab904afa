/**
 * n meetings with random starts in [0, 10n) and lengths 1–50, in random order.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const meetings = [];
  for (let i = 0; i < n; i += 1) {
    const start = Math.floor(random() * 10 * n);
    meetings.push([start, start + 1 + Math.floor(random() * 50)]);
  }
  return [meetings];
}
