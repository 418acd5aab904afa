// Tries every pair of walls: O(n^2), about 5·10^9 pairs for 100,000 walls.
function maxArea(height) {
  let best = 0;
  for (let i = 0; i < height.length; i += 1) {
    for (let j = i + 1; j < height.length; j += 1) {
      best = Math.max(best, Math.min(height[i], height[j]) * (j - i));
    }
  }
  return best;
}
