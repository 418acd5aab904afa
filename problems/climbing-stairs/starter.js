/**
 * @param {number} n the number of steps, 1 <= n <= 45
 * @return {number} the number of ordered ways to climb them using moves of 1 or 2 steps
 */
function countWays(n) {
  // your code here
  return 0;
}
