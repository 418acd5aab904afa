// Tests for a positive value instead of a non-zero one, so negative values are treated like zeroes:
// [4, -2, 0, 0, 7] gives [4, 7, 0, 0, -2].
function moveZeroes(nums) {
  let write = 0;
  for (let read = 0; read < nums.length; read += 1) {
    if (nums[read] > 0) {
      [nums[write], nums[read]] = [nums[read], nums[write]];
      write += 1;
    }
  }
  return nums;
}
