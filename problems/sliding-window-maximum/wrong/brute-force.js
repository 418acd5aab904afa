// Scans every window for its maximum: O(n·k), billions of steps for 100,000 values with k = 50,000.
function maxSlidingWindow(nums, k) {
  const out = [];
  for (let start = 0; start + k <= nums.length; start += 1) {
    let max = -Infinity;
    for (let i = start; i < start + k; i += 1) if (nums[i] > max) max = nums[i];
    out.push(max);
  }
  return out;
}
