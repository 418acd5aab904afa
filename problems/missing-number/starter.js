/**
 * @param {number[]} nums n distinct numbers from 0 to n
 * @return {number} the number of that range that is absent
 */
function missingNumber(nums) {
  // your code here
  return -1;
}
