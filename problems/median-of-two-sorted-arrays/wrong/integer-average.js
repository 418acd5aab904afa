// Averages the two middle values with a bit shift, as if dividing integers:
// (1 + 6) >> 1 is 3, not 3.5.
function findMedianSortedArrays(nums1, nums2) {
  const all = [];
  let i = 0;
  let j = 0;
  while (i < nums1.length || j < nums2.length) {
    if (j >= nums2.length || (i < nums1.length && nums1[i] <= nums2[j])) all.push(nums1[i++]);
    else all.push(nums2[j++]);
  }
  const mid = all.length >> 1;
  return all.length % 2 === 1 ? all[mid] : (all[mid - 1] + all[mid]) >> 1;
}
