// Compares each element with its neighbour but forgets to sort first,
// so only repeats that happen to be adjacent are found.
function containsDuplicate(nums) {
  for (let i = 1; i < nums.length; i += 1) {
    if (nums[i] === nums[i - 1]) return true;
  }
  return false;
}
