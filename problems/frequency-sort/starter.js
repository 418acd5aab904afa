/**
 * @param {number[]} nums
 * @return {number[]} a new array: higher frequency first, then smaller value first
 */
function frequencySort(nums) {
  // your code here
  return [...nums];
}
