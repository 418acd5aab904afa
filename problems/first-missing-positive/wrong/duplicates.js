// Sorts, then expects 1, 2, 3, … in order but does not skip repeated values:
// [1, 1, 2] sees the second 1 where it expects 2 and returns 2 instead of 3.
function firstMissingPositive(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  let expected = 1;
  for (const value of sorted) {
    if (value <= 0) continue;
    if (value !== expected) return expected;
    expected += 1;
  }
  return expected;
}
