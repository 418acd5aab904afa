/**
 * @param {number[]} nums
 * @return {number[]} nums itself, rearranged in place: non-zero values in order, then the zeroes
 */
function moveZeroes(nums) {
  // your code here
  return [];
}
