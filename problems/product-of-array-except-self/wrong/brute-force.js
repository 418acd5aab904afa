// Correct products, but multiplies all the other elements again for every position:
// O(n²), too slow for the 60,000-element test.
function productExceptSelf(nums) {
  const answer = [];
  for (let i = 0; i < nums.length; i += 1) {
    let product = 1;
    for (let j = 0; j < nums.length; j += 1) {
      if (j !== i) product *= nums[j];
    }
    answer.push(product);
  }
  return answer;
}
