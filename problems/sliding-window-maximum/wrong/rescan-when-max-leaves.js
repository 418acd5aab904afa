// Keeps the current maximum and rescans the window only when the maximum's index leaves. Fast on
// random data, but on strictly decreasing prices the maximum leaves at every step: O(n·k) again.
function maxSlidingWindow(nums, k) {
  const out = [];
  let at = -1;
  for (let i = 0; i < nums.length; i += 1) {
    if (at <= i - k) {
      at = Math.max(0, i - k + 1);
      for (let j = at; j <= i; j += 1) if (nums[j] >= nums[at]) at = j;
    } else if (nums[i] >= nums[at]) {
      at = i;
    }
    if (i >= k - 1) out.push(nums[at]);
  }
  return out;
}
