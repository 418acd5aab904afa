// Sorts with the default comparator, which compares numbers as strings ("11" < "7" < "9"),
// and negatives put the minus sign first: the order is wrong for most inputs.
function findKthLargest(nums, k) {
  const sorted = nums.slice().sort();
  return sorted[sorted.length - k];
}
