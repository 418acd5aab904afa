// Off by one: the prefix for position i includes nums[i] itself,
// so every answer is multiplied by its own element once.
function productExceptSelf(nums) {
  const n = nums.length;
  const answer = new Array(n);
  let prefix = 1;
  for (let i = 0; i < n; i += 1) {
    prefix *= nums[i];
    answer[i] = prefix;
  }
  let suffix = 1;
  for (let i = n - 1; i >= 0; i -= 1) {
    answer[i] *= suffix;
    suffix *= nums[i];
  }
  return answer;
}
