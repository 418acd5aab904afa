// Greedy: from each step moves to the cheaper of the next two. A cheap step can lead to an
// expensive one: [1, 2, 3, 100, 1] pays 1, 2, 3, 1 = 7 instead of 1, 3, 1 = 5.
function minCostClimbingStairs(cost) {
  let i = cost[0] <= cost[1] ? 0 : 1;
  let total = 0;
  while (i < cost.length) {
    total += cost[i];
    if (i + 2 >= cost.length) break;
    i = cost[i + 1] <= cost[i + 2] ? i + 1 : i + 2;
  }
  return total;
}
