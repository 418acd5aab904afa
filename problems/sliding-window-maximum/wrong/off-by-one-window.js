// Drops the front one step late (index i - k - 1), so each window is k + 1 wide:
// [9, 1, 1, 1], k = 2 gives [9, 9, 1] instead of [9, 1, 1].
function maxSlidingWindow(nums, k) {
  const dq = [];
  const out = [];
  for (let i = 0; i < nums.length; i += 1) {
    while (dq.length > 0 && nums[dq[dq.length - 1]] <= nums[i]) dq.pop();
    dq.push(i);
    if (dq[0] === i - k - 1) dq.shift();
    if (i >= k - 1) out.push(nums[dq[0]]);
  }
  return out;
}
