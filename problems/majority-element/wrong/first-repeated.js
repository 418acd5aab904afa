// Returns the first value seen twice: [3, 1, 3, 2, 2, 2, 2] gives 3 instead of 2.
function majorityElement(nums) {
  const seen = new Set();
  for (const x of nums) {
    if (seen.has(x)) return x;
    seen.add(x);
  }
  return nums[0];
}
