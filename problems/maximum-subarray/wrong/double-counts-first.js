// Initialises from nums[0] but then loops from index 0 again, so the first element is counted twice
// whenever the best block starts at the beginning ([5, -1, 2] gives 11 instead of 6).
function maxSubarraySum(nums) {
  let current = nums[0];
  let best = nums[0];
  for (let i = 0; i < nums.length; i += 1) {
    current = Math.max(nums[i], current + nums[i]);
    best = Math.max(best, current);
  }
  return best;
}
