// Only starts on step 0: [10, 15, 20] gives 25 (10 then 15) instead of 15.
function minCostClimbingStairs(cost) {
  let prev2 = Infinity;
  let prev1 = 0;
  for (let i = 1; i <= cost.length; i += 1) {
    const here = Math.min(prev1 + cost[i - 1], i >= 2 ? prev2 + cost[i - 2] : Infinity);
    prev2 = prev1;
    prev1 = here;
  }
  return prev1;
}
