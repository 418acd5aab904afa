// Correct answers, but compares every pair: O(n²) runs out of time on the 100,000 distinct values.
function containsDuplicate(nums) {
  for (let i = 0; i < nums.length; i += 1) {
    for (let j = i + 1; j < nums.length; j += 1) {
      if (nums[i] === nums[j]) return true;
    }
  }
  return false;
}
