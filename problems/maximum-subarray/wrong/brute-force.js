// Correct, but tries every start with a running sum: O(n²) runs out of time on the 50,000-element test.
function maxSubarraySum(nums) {
  let best = -Infinity;
  for (let i = 0; i < nums.length; i += 1) {
    let sum = 0;
    for (let j = i; j < nums.length; j += 1) {
      sum += nums[j];
      if (sum > best) best = sum;
    }
  }
  return best;
}
