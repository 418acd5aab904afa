// Uses a plain object as the map and tests the stored index for truthiness:
// the first element is stored with index 0, which is falsy, so a repeat of nums[0] is missed.
function containsDuplicate(nums) {
  const firstIndex = {};
  for (let i = 0; i < nums.length; i += 1) {
    if (firstIndex[nums[i]]) return true;
    firstIndex[nums[i]] = i;
  }
  return false;
}
