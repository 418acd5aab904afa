function longestIncreasingSubsequence(nums) {
  // tails[k]: index of the smallest value ending an increasing run of length k + 1 so far
  const tails = [];
  const prev = new Array(nums.length);
  for (let i = 0; i < nums.length; i += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[tails[mid]] < nums[i]) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const out = [];
  let i = tails.length > 0 ? tails[tails.length - 1] : -1;
  while (i !== -1) {
    out.push(nums[i]);
    i = prev[i];
  }
  return out.reverse();
}
