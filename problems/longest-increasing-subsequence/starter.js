/**
 * @param {number[]} nums daily scores
 * @return {number[]} the values of one longest strictly increasing subsequence, in order
 */
function longestIncreasingSubsequence(nums) {
  // your code here
  return [];
}
