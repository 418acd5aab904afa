// Takes the middle element without sorting first (after sorting it would be correct):
// [2, 1, 2] gives 1.
function majorityElement(nums) {
  return nums[Math.floor(nums.length / 2)];
}
