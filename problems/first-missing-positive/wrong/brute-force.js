// Tries 1, 2, 3, … and scans the whole array for each: O(n^2), about 5·10^9 comparisons when
// nums holds all of 1 … 100,000.
function firstMissingPositive(nums) {
  for (let candidate = 1; ; candidate += 1) {
    let found = false;
    for (let i = 0; i < nums.length; i += 1) {
      if (nums[i] === candidate) {
        found = true;
        break;
      }
    }
    if (!found) return candidate;
  }
}
