// Returns one more than the largest value (or 1 when none is positive), which misses gaps below
// the maximum: [3, 4, -1, 1] gives 5 instead of 2.
function firstMissingPositive(nums) {
  let max = 0;
  for (const value of nums) if (value > max) max = value;
  return max + 1;
}
