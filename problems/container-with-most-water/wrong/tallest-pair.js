// Greedy on heights alone: takes the two tallest walls, whatever their distance.
// [1, 8, 6, 2, 5, 4, 8, 3, 7] picks the two 8s, 5 apart: 40 instead of 49.
function maxArea(height) {
  let first = 0;
  for (let i = 1; i < height.length; i += 1) if (height[i] > height[first]) first = i;
  let second = first === 0 ? 1 : 0;
  for (let i = 0; i < height.length; i += 1) {
    if (i !== first && height[i] > height[second]) second = i;
  }
  return Math.min(height[first], height[second]) * Math.abs(first - second);
}
