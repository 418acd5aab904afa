// Takes every value larger than the last one taken, starting from the first: for
// [4, 10, 5, 6, 1, 8, 3, 9] it keeps [4, 10], never reconsidering the early 10.
function longestIncreasingSubsequence(nums) {
  const out = [];
  for (const x of nums) if (out.length === 0 || x > out[out.length - 1]) out.push(x);
  return out;
}
