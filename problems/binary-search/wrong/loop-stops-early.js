// Inclusive bounds but `lo < hi`: the loop exits as soon as one candidate is left without
// checking it, so [6] with target 6, or a target at the last index, is reported missing.
function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
