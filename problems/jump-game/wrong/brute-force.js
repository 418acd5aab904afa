// Correct, but marks every square each reachable square can jump to: O(n²) when jumps are long,
// which runs out of time on the 60,000-square test.
function canReachEnd(nums) {
  const reachable = new Array(nums.length).fill(false);
  reachable[0] = true;
  for (let i = 0; i < nums.length; i += 1) {
    if (!reachable[i]) continue;
    for (let j = i + 1; j <= i + nums[i] && j < nums.length; j += 1) reachable[j] = true;
  }
  return reachable[nums.length - 1];
}
