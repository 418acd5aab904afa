// Correct, but counts each value's occurrences with an inner loop: O(n²) runs out of time on the
// 49,999-element test.
function findSingle(nums) {
  for (let i = 0; i < nums.length; i += 1) {
    let count = 0;
    for (let j = 0; j < nums.length; j += 1) {
      if (nums[j] === nums[i]) count += 1;
    }
    if (count === 1) return nums[i];
  }
  return undefined;
}
