function maxSubarraySum(nums) {
  let current = nums[0]; // best sum of a block ending at the current element
  let best = nums[0];
  for (let i = 1; i < nums.length; i += 1) {
    current = Math.max(nums[i], current + nums[i]); // a negative prefix only lowers the sum: drop it
    best = Math.max(best, current);
  }
  return best;
}
