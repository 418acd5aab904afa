// Shifts the rest of the array one step left at every zero: O(n^2), about 2.5·10^9 moves for
// 100,000 values of which half are zero.
function moveZeroes(nums) {
  let end = nums.length;
  let i = 0;
  while (i < end) {
    if (nums[i] === 0) {
      for (let j = i; j < nums.length - 1; j += 1) nums[j] = nums[j + 1];
      nums[nums.length - 1] = 0;
      end -= 1;
    } else {
      i += 1;
    }
  }
  return nums;
}
