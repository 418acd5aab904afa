// Assumes any 0 before the end is a dead end, forgetting that an earlier square may jump over it.
function canReachEnd(nums) {
  for (let i = 0; i < nums.length - 1; i += 1) {
    if (nums[i] === 0) return false;
  }
  return true;
}
