/**
 * The constructor with capacity max(1, floor(n / 4)), then n calls: puts (60%) and gets (40%) of
 * keys in [0, 2 * capacity), so the cache fills, hits, misses and evicts.
 * @param {number} n number of method calls
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const capacity = Math.max(1, Math.floor(n / 4));
  const calls = [['LRUCache', capacity]];
  for (let k = 0; k < n; k += 1) {
    const key = Math.floor(random() * 2 * capacity);
    if (random() < 0.6) calls.push(['put', key, Math.floor(random() * 1000)]);
    else calls.push(['get', key]);
  }
  return calls;
}
