// Restarts every choice from the first candidate, so the same combination is listed in every
// order: [2, 2, 3], [2, 3, 2] and [3, 2, 2] for target 7.
function combinationSum(candidates, target) {
  const out = [];
  const path = [];
  const pick = (remaining) => {
    if (remaining === 0) {
      out.push(path.slice());
      return;
    }
    for (const c of candidates) {
      if (c > remaining) continue;
      path.push(c);
      pick(remaining - c);
      path.pop();
    }
  };
  pick(target);
  return out;
}
