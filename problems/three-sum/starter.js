/**
 * @param {number[]} nums
 * @return {number[][]} every distinct triplet of values (from different positions) summing to 0
 */
function threeSum(nums) {
  // your code here
  return [];
}
