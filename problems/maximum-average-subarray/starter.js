/**
 * @param {number[]} nums
 * @param {number} k the window length
 * @return {number} the highest average of k consecutive values
 */
function findMaxAverage(nums, k) {
  // your code here
  return NaN;
}
