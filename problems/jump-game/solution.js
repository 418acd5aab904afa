function canReachEnd(nums) {
  const last = nums.length - 1;
  let reach = 0; // squares 0..reach can all be reached
  for (let i = 0; i <= reach; i += 1) {
    reach = Math.max(reach, i + nums[i]);
    if (reach >= last) return true;
  }
  return false; // some square inside the prefix was the furthest anyone gets, short of the end
}
