/**
 * @param {number[]} nums every value twice, except one value once
 * @return {number} the value that appears once
 */
function findSingle(nums) {
  // your code here
  return 0;
}
