// Counts each value's copies by rescanning the whole array until one has a majority: O(n^2), about
// 5·10^9 comparisons when the majority value only appears in the second half of 100,001 ballots.
function majorityElement(nums) {
  for (const x of nums) {
    let copies = 0;
    for (const y of nums) if (y === x) copies += 1;
    if (copies > nums.length / 2) return x;
  }
  return nums[0];
}
