/**
 * @param {number[]} nums distinct values, sorted in increasing order
 * @param {number} target
 * @return {number} the index of target, or -1
 */
function search(nums, target) {
  // your code here
  return -1;
}
