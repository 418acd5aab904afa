/**
 * @param {number[]} nums the numbers on the balloons, left to right
 * @return {number} the most coins that bursting all of them can earn
 */
function maxCoins(nums) {
  // your code here
  return -1;
}
