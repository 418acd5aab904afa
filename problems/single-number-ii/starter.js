/**
 * @param {number[]} nums every value three times except one
 * @return {number} the value that appears once
 */
function singleNumber(nums) {
  // your code here
  return null;
}
