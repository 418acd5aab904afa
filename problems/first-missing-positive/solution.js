function firstMissingPositive(nums) {
  // the answer is in 1 … n + 1: use the array as its own table, value v at index v - 1
  const n = nums.length;
  for (let i = 0; i < n; i += 1) {
    let value = nums[i];
    // stop on values out of range and on duplicates whose home already holds them
    while (value >= 1 && value <= n && nums[value - 1] !== value) {
      nums[i] = nums[value - 1];
      nums[value - 1] = value;
      value = nums[i];
    }
  }
  for (let i = 0; i < n; i += 1) {
    if (nums[i] !== i + 1) return i + 1;
  }
  return n + 1;
}
