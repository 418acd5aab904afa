// Keeps values instead of indices and drops the front when it equals the value leaving the window,
// but also pops equal values from the back, so a repeated maximum is dropped too early:
// [5, 5, 1], k = 2 gives [5, 1] instead of [5, 5].
function maxSlidingWindow(nums, k) {
  const dq = [];
  const out = [];
  for (let i = 0; i < nums.length; i += 1) {
    while (dq.length > 0 && dq[dq.length - 1] <= nums[i]) dq.pop();
    dq.push(nums[i]);
    if (i >= k && dq[0] === nums[i - k]) dq.shift();
    if (i >= k - 1) out.push(dq[0]);
  }
  return out;
}
