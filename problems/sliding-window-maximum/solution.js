function maxSlidingWindow(nums, k) {
  // dq holds indices dq[head..]; their values strictly decrease from head to back
  const dq = [];
  let head = 0;
  const out = [];
  for (let i = 0; i < nums.length; i += 1) {
    while (dq.length > head && nums[dq[dq.length - 1]] <= nums[i]) dq.pop();
    dq.push(i);
    if (dq[head] === i - k) head += 1; // the front has left the window
    if (i >= k - 1) out.push(nums[dq[head]]);
  }
  return out;
}
