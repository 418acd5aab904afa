function missingNumber(nums) {
  // every present number cancels against its equal index under XOR; the absent one remains
  let missing = nums.length;
  for (let i = 0; i < nums.length; i += 1) missing ^= i ^ nums[i];
  return missing;
}
