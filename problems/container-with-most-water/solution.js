function maxArea(height) {
  // the shorter wall limits every container that keeps it, so move that pointer inward
  let left = 0;
  let right = height.length - 1;
  let best = 0;
  while (left < right) {
    best = Math.max(best, Math.min(height[left], height[right]) * (right - left));
    if (height[left] < height[right]) left += 1;
    else right -= 1;
  }
  return best;
}
