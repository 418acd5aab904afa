// Swaps each zero with the last non-moved element: the zeroes end up at the back, but the order of
// the other values changes ([0, 1, 2] gives [2, 1, 0]).
function moveZeroes(nums) {
  let end = nums.length - 1;
  for (let i = 0; i <= end; i += 1) {
    if (nums[i] === 0) {
      [nums[i], nums[end]] = [nums[end], nums[i]];
      end -= 1;
      i -= 1;
    }
  }
  return nums;
}
