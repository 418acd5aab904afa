// Builds every ordered sequence that reaches the target, then removes duplicates by sorting each
// one: [2, 3, 5, 7] and 50 have 158 combinations but over 64 million orderings, so it runs out of time.
function combinationSum(candidates, target) {
  const seen = new Map();
  const path = [];
  const extend = (remaining) => {
    if (remaining === 0) {
      const combo = path.slice().sort((a, b) => a - b);
      seen.set(combo.join(','), combo);
      return;
    }
    for (const c of candidates) {
      if (c > remaining) continue;
      path.push(c);
      extend(remaining - c);
      path.pop();
    }
  };
  extend(target);
  return [...seen.values()];
}
