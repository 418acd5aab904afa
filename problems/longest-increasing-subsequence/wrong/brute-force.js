// Correct O(n^2) DP (best run ending at each index, with back-links): 100,000 values need about
// 5·10^9 comparisons, far over the run budget.
function longestIncreasingSubsequence(nums) {
  const best = new Array(nums.length).fill(1);
  const prev = new Array(nums.length).fill(-1);
  let end = -1;
  for (let i = 0; i < nums.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (nums[j] < nums[i] && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
    if (end === -1 || best[i] > best[end]) end = i;
  }
  const out = [];
  for (let i = end; i !== -1; i = prev[i]) out.push(nums[i]);
  return out.reverse();
}
