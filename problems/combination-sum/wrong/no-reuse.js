// Moves past a value after using it once (recurses with i + 1): [2, 2, 3] is never built.
function combinationSum(candidates, target) {
  const out = [];
  const path = [];
  const pick = (start, remaining) => {
    if (remaining === 0) {
      out.push(path.slice());
      return;
    }
    for (let i = start; i < candidates.length; i += 1) {
      if (candidates[i] > remaining) continue;
      path.push(candidates[i]);
      pick(i + 1, remaining - candidates[i]);
      path.pop();
    }
  };
  pick(0, target);
  return out;
}
