// Records the shared path array instead of a copy: after backtracking it is empty, so every
// recorded combination comes back as [].
function combinationSum(candidates, target) {
  const out = [];
  const path = [];
  const pick = (start, remaining) => {
    if (remaining === 0) {
      out.push(path);
      return;
    }
    for (let i = start; i < candidates.length; i += 1) {
      if (candidates[i] > remaining) continue;
      path.push(candidates[i]);
      pick(i, remaining - candidates[i]);
      path.pop();
    }
  };
  pick(0, target);
  return out;
}
