// Fills each dip only up to the lower of its two neighbouring local peaks, forgetting that a
// low peak can itself be under water: in [5, 1, 3, 0, 5] the 3 is treated as a wall.
function trap(height) {
  const peaks = [];
  for (let i = 0; i < height.length; i += 1) {
    const higherThanLeft = i === 0 || height[i] >= height[i - 1];
    const higherThanRight = i === height.length - 1 || height[i] >= height[i + 1];
    if (higherThanLeft && higherThanRight) peaks.push(i);
  }
  let water = 0;
  for (let p = 0; p + 1 < peaks.length; p += 1) {
    const level = Math.min(height[peaks[p]], height[peaks[p + 1]]);
    for (let i = peaks[p] + 1; i < peaks[p + 1]; i += 1) water += Math.max(0, level - height[i]);
  }
  return water;
}
