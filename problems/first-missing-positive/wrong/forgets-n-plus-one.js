// Places the values correctly but returns n when every slot is filled, not n + 1:
// [1, 2, 3] gives 3 instead of 4.
function firstMissingPositive(nums) {
  const n = nums.length;
  for (let i = 0; i < n; i += 1) {
    let value = nums[i];
    while (value >= 1 && value <= n && nums[value - 1] !== value) {
      nums[i] = nums[value - 1];
      nums[value - 1] = value;
      value = nums[i];
    }
  }
  for (let i = 0; i < n; i += 1) {
    if (nums[i] !== i + 1) return i + 1;
  }
  return n;
}
