// Fills the map first, then looks up partners without checking the index:
// for [3, 2, 4] and target 6 it pairs the 3 with itself and returns [0, 0].
function twoSum(nums, target) {
  const index = new Map();
  nums.forEach((value, i) => index.set(value, i));
  for (let i = 0; i < nums.length; i += 1) {
    const partner = target - nums[i];
    if (index.has(partner)) return [i, index.get(partner)];
  }
  return [];
}
