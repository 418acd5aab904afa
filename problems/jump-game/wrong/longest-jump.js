// Always takes the longest jump available: on [2, 5, 0, 0] it lands on a 0 and gives up,
// although jumping 1 square to the 5 would have reached the end.
function canReachEnd(nums) {
  let i = 0;
  while (i < nums.length - 1) {
    if (nums[i] === 0) return false;
    i += nums[i];
  }
  return true;
}
