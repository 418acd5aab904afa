/**
 * @param {number[]} nums a rotated strictly increasing array of distinct integers
 * @param {number} target
 * @return {number} the index of target in nums, or -1
 */
function search(nums, target) {
  // your code here
  return -1;
}
