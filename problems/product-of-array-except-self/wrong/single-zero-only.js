// Handles one zero by special-casing it, but forgets that with two or more zeros
// every product is 0: each zero's position still gets the product of the non-zero values.
function productExceptSelf(nums) {
  let nonZeroProduct = 1;
  let hasZero = false;
  for (const value of nums) {
    if (value === 0) hasZero = true;
    else nonZeroProduct *= value;
  }
  return nums.map((value) => {
    if (value === 0) return nonZeroProduct;
    return hasZero ? 0 : nonZeroProduct / value;
  });
}
