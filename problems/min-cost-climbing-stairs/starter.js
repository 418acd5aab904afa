/**
 * @param {number[]} cost the toll for leaving each step
 * @return {number} the cheapest total toll to reach the top (just past the last step)
 */
function minCostClimbingStairs(cost) {
  // your code here
  return -1;
}
