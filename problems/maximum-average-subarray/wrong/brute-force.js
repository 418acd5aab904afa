// Re-sums every window from scratch: O(n·k), 2.5·10^9 additions for 100,000 values and k = 50,000.
function findMaxAverage(nums, k) {
  let best = -Infinity;
  for (let start = 0; start + k <= nums.length; start += 1) {
    let sum = 0;
    for (let i = start; i < start + k; i += 1) sum += nums[i];
    best = Math.max(best, sum);
  }
  return best / k;
}
