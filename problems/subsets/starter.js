/**
 * @param {number[]} nums distinct integers
 * @return {number[][]} every subset exactly once, in any order
 */
function subsets(nums) {
  // your code here
  return [];
}
