// `lo = mid` instead of `lo = mid + 1`: once lo and hi are neighbours, mid === lo forever
// and the loop never ends when the target is bigger than nums[lo].
function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid;
    else hi = mid - 1;
  }
  return -1;
}
