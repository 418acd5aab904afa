// Searches for the first tail > x instead of >= x, so equal values extend a run:
// [7, 7, 7] gives [7, 7, 7], a non-decreasing subsequence.
function longestIncreasingSubsequence(nums) {
  const tails = [];
  const prev = new Array(nums.length);
  for (let i = 0; i < nums.length; i += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[tails[mid]] <= nums[i]) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const out = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = prev[i])
    out.push(nums[i]);
  return out.reverse();
}
