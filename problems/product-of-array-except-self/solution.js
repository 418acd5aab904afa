function productExceptSelf(nums) {
  const n = nums.length;
  const answer = new Array(n);
  answer[0] = 1; // empty prefix
  for (let i = 1; i < n; i += 1) answer[i] = answer[i - 1] * nums[i - 1];
  let suffix = 1; // product of everything right of i
  for (let i = n - 1; i >= 0; i -= 1) {
    answer[i] *= suffix;
    suffix *= nums[i];
  }
  return answer;
}
