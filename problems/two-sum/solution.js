function twoSum(nums, target) {
  const seen = new Map(); // value -> index of an earlier element
  for (let i = 0; i < nums.length; i += 1) {
    const partner = target - nums[i];
    if (seen.has(partner)) return [seen.get(partner), i];
    seen.set(nums[i], i);
  }
  return [];
}
