function combinationSum(candidates, target) {
  const out = [];
  const path = [];
  // choose candidates[start..] only, so each combination is built in one order
  const pick = (start, remaining) => {
    if (remaining === 0) {
      out.push(path.slice());
      return;
    }
    for (let i = start; i < candidates.length; i += 1) {
      const c = candidates[i];
      if (c > remaining) continue;
      path.push(c);
      pick(i, remaining - c); // same i: the value may be used again
      path.pop();
    }
  };
  pick(0, target);
  return out;
}
