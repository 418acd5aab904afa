function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  // your code here
  return 0;
}
