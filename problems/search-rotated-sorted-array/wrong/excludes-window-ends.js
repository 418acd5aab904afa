// Uses strict comparisons with the ends of the sorted half, so a target equal to
// nums[lo] or nums[hi] is sent to the wrong half and reported missing.
function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] < target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else if (nums[mid] < target && target < nums[hi]) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
