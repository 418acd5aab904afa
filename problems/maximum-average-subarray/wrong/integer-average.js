// Truncates the average to an integer: example 1 gives 12 instead of 12.75.
function findMaxAverage(nums, k) {
  let sum = 0;
  for (let i = 0; i < k; i += 1) sum += nums[i];
  let best = sum;
  for (let i = k; i < nums.length; i += 1) {
    sum += nums[i] - nums[i - k];
    best = Math.max(best, sum);
  }
  return Math.trunc(best / k);
}
