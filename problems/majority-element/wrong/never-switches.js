// Voting without replacing the candidate: the count can go negative and the first value stays the
// answer. [1, 2, 2] gives 1.
function majorityElement(nums) {
  const candidate = nums[0];
  let count = 0;
  for (const x of nums) count += x === candidate ? 1 : -1;
  return candidate;
}
