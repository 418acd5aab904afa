// XOR of everything, the trick for pairs: three equal values leave one copy, so the result mixes
// every value's bits. [5, 9, 5, 5] gives 5 ^ 9 = 12.
function singleNumber(nums) {
  let x = 0;
  for (const v of nums) x ^= v;
  return x;
}
