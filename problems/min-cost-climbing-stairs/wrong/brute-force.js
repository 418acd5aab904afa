// Right recurrence, plain recursion without memo: the same positions are solved again and again,
// exponentially often, so 1,000 steps never finish.
function minCostClimbingStairs(cost, i = cost.length) {
  if (i <= 1) return 0;
  return Math.min(
    minCostClimbingStairs(cost, i - 1) + cost[i - 1],
    minCostClimbingStairs(cost, i - 2) + cost[i - 2],
  );
}
