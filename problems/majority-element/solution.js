function majorityElement(nums) {
  // Boyer–Moore voting: every other value cancels one copy of the candidate
  let candidate = nums[0];
  let count = 0;
  for (const x of nums) {
    if (count === 0) candidate = x;
    count += x === candidate ? 1 : -1;
  }
  return candidate;
}
