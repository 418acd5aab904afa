/**
 * @param {number[]} nums any integers, in any order (you may rearrange them)
 * @return {number} the smallest positive integer that is not in nums
 */
function firstMissingPositive(nums) {
  // your code here
  return -1;
}
