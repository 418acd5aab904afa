// Correct totals, but rescans both sides of every bar for its tallest neighbours:
// O(n²), too slow for the 100,000-bar test.
function trap(height) {
  let water = 0;
  for (let i = 0; i < height.length; i += 1) {
    let maxLeft = 0;
    for (let j = 0; j <= i; j += 1) maxLeft = Math.max(maxLeft, height[j]);
    let maxRight = 0;
    for (let j = i; j < height.length; j += 1) maxRight = Math.max(maxRight, height[j]);
    water += Math.min(maxLeft, maxRight) - height[i];
  }
  return water;
}
