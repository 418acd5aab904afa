// The partition search is right, except that it uses Number.MIN_VALUE for "nothing on the left".
// MIN_VALUE is the smallest POSITIVE number (5e-324), so it beats every negative value.
function findMedianSortedArrays(nums1, nums2) {
  if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
  const m = nums1.length;
  const n = nums2.length;
  const half = Math.floor((m + n + 1) / 2);
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = Math.floor((lo + hi) / 2);
    const j = half - i;
    const left1 = i > 0 ? nums1[i - 1] : Number.MIN_VALUE;
    const right1 = i < m ? nums1[i] : Number.MAX_VALUE;
    const left2 = j > 0 ? nums2[j - 1] : Number.MIN_VALUE;
    const right2 = j < n ? nums2[j] : Number.MAX_VALUE;
    if (left1 > right2) hi = i - 1;
    else if (left2 > right1) lo = i + 1;
    else {
      const lowerMiddle = Math.max(left1, left2);
      if ((m + n) % 2 === 1) return lowerMiddle;
      return (lowerMiddle + Math.min(right1, right2)) / 2;
    }
  }
  return 0;
}
