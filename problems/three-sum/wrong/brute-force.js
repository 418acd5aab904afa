// Correct triplets, but tries every combination of three positions: O(n³),
// too slow for the 3,000-element test.
function threeSum(nums) {
  const found = new Map();
  const n = nums.length;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      for (let k = j + 1; k < n; k += 1) {
        if (nums[i] + nums[j] + nums[k] === 0) {
          const triplet = [nums[i], nums[j], nums[k]].sort((a, b) => a - b);
          found.set(triplet.join(','), triplet);
        }
      }
    }
  }
  return [...found.values()];
}
