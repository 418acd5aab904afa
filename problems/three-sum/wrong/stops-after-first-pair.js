// Stops the two-pointer scan at the first hit, so an anchor with several partner pairs
// (like -4 with 0 + 4 and 1 + 3) only reports one of them.
function threeSum(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const triplets = [];
  for (let i = 0; i < sorted.length - 2; i += 1) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let lo = i + 1;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi];
      if (sum < 0) lo += 1;
      else if (sum > 0) hi -= 1;
      else {
        triplets.push([sorted[i], sorted[lo], sorted[hi]]);
        break;
      }
    }
  }
  return triplets;
}
