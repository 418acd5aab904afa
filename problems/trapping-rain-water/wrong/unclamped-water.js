// Takes the side maxima strictly left and right of each bar but never clamps at 0:
// a bar taller than both sides adds negative water.
function trap(height) {
  const n = height.length;
  const leftMax = new Array(n).fill(0);
  const rightMax = new Array(n).fill(0);
  for (let i = 1; i < n; i += 1) leftMax[i] = Math.max(leftMax[i - 1], height[i - 1]);
  for (let i = n - 2; i >= 0; i -= 1) rightMax[i] = Math.max(rightMax[i + 1], height[i + 1]);
  let water = 0;
  for (let i = 0; i < n; i += 1) water += Math.min(leftMax[i], rightMax[i]) - height[i];
  return water;
}
