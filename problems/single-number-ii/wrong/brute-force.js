// Counts each value's occurrences with a nested scan: O(n^2), about 3.6·10^9 comparisons for the
// 60,001 readings of the largest test.
function singleNumber(nums) {
  for (const x of nums) {
    let count = 0;
    for (const y of nums) if (y === x) count += 1;
    if (count === 1) return x;
  }
  return 0;
}
