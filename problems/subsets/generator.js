/**
 * min(n, 12) distinct integers in random order (the answer has 2^length subsets, so the length
 * is capped to stay within the run budget).
 * @param {number} n requested number of values
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.min(n, 12);
  const pool = [];
  for (let v = -10; v <= 10; v += 1) pool.push(v);
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return [pool.slice(0, size)];
}
