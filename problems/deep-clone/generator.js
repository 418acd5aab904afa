/**
 * An array of n records, each with a nested object and a small array: about 6n values to copy.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const records = [];
  for (let i = 0; i < n; i += 1) {
    records.push({
      id: i,
      score: Math.floor(random() * 1000),
      meta: { active: random() < 0.5, label: `r${i}` },
      tags: [Math.floor(random() * 10), Math.floor(random() * 10)],
    });
  }
  return [records];
}
