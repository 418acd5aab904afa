// Tries every bursting order recursively (no memo): n! orders, hopeless past about 10 balloons.
function maxCoins(nums) {
  if (nums.length === 0) return 0;
  let most = 0;
  for (let i = 0; i < nums.length; i += 1) {
    const left = i > 0 ? nums[i - 1] : 1;
    const right = i + 1 < nums.length ? nums[i + 1] : 1;
    const rest = nums.slice(0, i).concat(nums.slice(i + 1));
    most = Math.max(most, left * nums[i] * right + maxCoins(rest));
  }
  return most;
}
