// Skips an anchor when it equals the NEXT value instead of the previous one, so the first of
// two equal values is never an anchor: [-1, -1, 2] is missed because the anchor jumps to the
// second -1, leaving only one -1 to its right.
function threeSum(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const triplets = [];
  for (let i = 0; i < sorted.length - 2; i += 1) {
    if (sorted[i] === sorted[i + 1]) continue;
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
        while (lo < hi && sorted[lo] === sorted[lo - 1]) lo += 1;
        while (lo < hi && sorted[hi] === sorted[hi + 1]) hi -= 1;
      }
    }
  }
  return triplets;
}
