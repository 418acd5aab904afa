/**
 * n distinct candidates (2, 3, …, n + 1, shuffled) and target 10: only the values up to 10 can be
 * used, so the combinations stay the same once n >= 9 while every node of the search scans all n
 * candidates — the work grows linearly in n.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const candidates = [];
  for (let i = 0; i < Math.max(1, n); i += 1) candidates.push(i + 2);
  for (let i = candidates.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  return [candidates, 10];
}
