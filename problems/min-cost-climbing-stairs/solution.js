function minCostClimbingStairs(cost) {
  // prev2, prev1: cheapest cost to stand on positions i - 2 and i - 1 (both starts are free)
  let prev2 = 0;
  let prev1 = 0;
  for (let i = 2; i <= cost.length; i += 1) {
    const here = Math.min(prev1 + cost[i - 1], prev2 + cost[i - 2]);
    prev2 = prev1;
    prev1 = here;
  }
  return prev1;
}
