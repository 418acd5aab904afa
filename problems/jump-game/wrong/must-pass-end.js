// Compares reach with nums.length instead of the last index, so it asks to jump one square past
// the end: [1, 0] returns false although square 1 is the last one.
function canReachEnd(nums) {
  let reach = 0;
  for (let i = 0; i < nums.length && i <= reach; i += 1) {
    reach = Math.max(reach, i + nums[i]);
    if (reach >= nums.length) return true;
  }
  return nums.length === 1;
}
