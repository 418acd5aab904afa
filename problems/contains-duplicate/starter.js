/**
 * @param {number[]} nums
 * @return {boolean} true if some value appears at least twice
 */
function containsDuplicate(nums) {
  // your code here
  return false;
}
