/**
 * @param {number[]} nums
 * @return {number[]} answer[i] = product of all elements except nums[i], without division
 */
function productExceptSelf(nums) {
  // your code here
  return nums.map(() => 0);
}
