/**
 * @param {number[]} nums a non-empty array of integers
 * @return {number} the largest sum of a contiguous, non-empty block
 */
function maxSubarraySum(nums) {
  // your code here
  return 0;
}
