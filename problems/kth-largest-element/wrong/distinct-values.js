// Removes duplicates first, so it returns the kth largest DISTINCT value:
// [6, 8, 8, 3, 8, 1] with k = 3 gives 3 instead of 8.
function findKthLargest(nums, k) {
  const distinct = [...new Set(nums)].sort((a, b) => b - a);
  return distinct[k - 1];
}
