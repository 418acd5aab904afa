// Bitmask enumeration with "mask <= 1 << n": the extra mask 2^n has no bit for any index,
// so the empty subset is produced a second time.
function subsets(nums) {
  const n = nums.length;
  const result = [];
  for (let mask = 0; mask <= 1 << n; mask += 1) {
    const subset = [];
    for (let i = 0; i < n; i += 1) if (mask & (1 << i)) subset.push(nums[i]);
    result.push(subset);
  }
  return result;
}
