/**
 * @param {number[]} nums nums[i] is the longest jump allowed from square i
 * @return {boolean} whether the last square can be reached from square 0
 */
function canReachEnd(nums) {
  // your code here
  return false;
}
