/**
 * @param {number[]} nums1 sorted in non-decreasing order
 * @param {number[]} nums2 sorted in non-decreasing order
 * @return {number} the median of all values of both arrays
 */
function findMedianSortedArrays(nums1, nums2) {
  // your code here
  return 0;
}
