// Sorts and uses two pointers, but never skips repeated values:
// with [-1, -1, 0, 1] the triplet [-1, 0, 1] is reported twice.
function threeSum(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const triplets = [];
  for (let i = 0; i < sorted.length - 2; i += 1) {
    let lo = i + 1;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi];
      if (sum < 0) lo += 1;
      else if (sum > 0) hi -= 1;
      else {
        triplets.push([sorted[i], sorted[lo], sorted[hi]]);
        lo += 1;
        hi -= 1;
      }
    }
  }
  return triplets;
}
