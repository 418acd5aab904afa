// Compares before sliding and stops one step early, so the window ending at the last value is
// never compared: [1, 2, 3], k = 2 gives 1.5 instead of 2.5.
function findMaxAverage(nums, k) {
  let sum = 0;
  for (let i = 0; i < k; i += 1) sum += nums[i];
  let best = sum;
  for (let i = k; i < nums.length; i += 1) {
    best = Math.max(best, sum);
    sum += nums[i] - nums[i - k];
  }
  return best / k;
}
