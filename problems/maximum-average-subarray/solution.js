function findMaxAverage(nums, k) {
  let sum = 0;
  for (let i = 0; i < k; i += 1) sum += nums[i];
  let best = sum; // the first window, not 0: every value may be negative
  for (let i = k; i < nums.length; i += 1) {
    sum += nums[i] - nums[i - k]; // slide: one value enters, one leaves
    best = Math.max(best, sum);
  }
  return best / k;
}
