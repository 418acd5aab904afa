function threeSum(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const n = sorted.length;
  const triplets = [];
  for (let i = 0; i < n - 2; i += 1) {
    if (sorted[i] > 0) break; // the smallest of the three is positive: no sum can be 0
    if (i > 0 && sorted[i] === sorted[i - 1]) continue; // this anchor value was already used
    let lo = i + 1;
    let hi = n - 1;
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
