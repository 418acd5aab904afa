function minCostClimbingStairs(cost: number[]): number {
  // your code here
  return -1;
}
