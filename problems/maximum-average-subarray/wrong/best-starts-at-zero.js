// Starts the best sum at 0, so with all-negative values it answers 0: [-3, -1, -7, -2], k = 2
// gives 0 instead of -2.
function findMaxAverage(nums, k) {
  let sum = 0;
  for (let i = 0; i < k; i += 1) sum += nums[i];
  let best = 0;
  for (let i = k; i <= nums.length; i += 1) {
    best = Math.max(best, sum);
    if (i < nums.length) sum += nums[i] - nums[i - k];
  }
  return best / k;
}
