// Divides the product of all elements by nums[i] (not allowed, and wrong with zeros):
// with a zero in the array the total is 0, and 0 / 0 gives NaN at the zero's own position.
function productExceptSelf(nums) {
  const total = nums.reduce((product, value) => product * value, 1);
  return nums.map((value) => total / value);
}
