/**
 * @param {number[]} nums
 * @param {number} k 1-based rank from the largest
 * @return {number} the kth largest value (duplicates count separately)
 */
function findKthLargest(nums, k) {
  // your code here
  return 0;
}
