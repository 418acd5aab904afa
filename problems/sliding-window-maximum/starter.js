/**
 * @param {number[]} nums the prices
 * @param {number} k the window size
 * @return {number[]} the maximum of every window of k consecutive prices, left to right
 */
function maxSlidingWindow(nums, k) {
  // your code here
  return [];
}
