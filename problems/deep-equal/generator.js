/**
 * Two equal objects with n keys each, written in opposite orders, whose values are small arrays:
 * deepEqual must visit every key and value to answer true.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const a = {};
  const b = {};
  const entries = [];
  for (let i = 0; i < n; i += 1) entries.push([`k${i}`, [Math.floor(random() * 100), i]]);
  for (const [key, value] of entries) a[key] = value;
  for (let i = entries.length - 1; i >= 0; i -= 1) b[entries[i][0]] = [...entries[i][1]];
  return [a, b];
}
