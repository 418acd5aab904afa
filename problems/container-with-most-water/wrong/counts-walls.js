// Measures the width as the number of walls (right - left + 1) instead of the distance between
// them: [1, 1] gives 2 instead of 1.
function maxArea(height) {
  let left = 0;
  let right = height.length - 1;
  let best = 0;
  while (left < right) {
    best = Math.max(best, Math.min(height[left], height[right]) * (right - left + 1));
    if (height[left] < height[right]) left += 1;
    else right -= 1;
  }
  return best;
}
