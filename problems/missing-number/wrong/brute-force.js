// Tries 0, 1, 2, … and scans the whole array for each: O(n^2), about 5·10^9 comparisons when the
// missing number is n = 100,000.
function missingNumber(nums) {
  for (let candidate = 0; candidate < nums.length; candidate += 1) {
    let found = false;
    for (let i = 0; i < nums.length; i += 1) {
      if (nums[i] === candidate) {
        found = true;
        break;
      }
    }
    if (!found) return candidate;
  }
  return nums.length;
}
