// Only swims right or down, as if the path had to be monotone: example 2 needs to go left along the
// middle row, so it answers 20 instead of 16.
function swimInWater(grid) {
  const n = grid.length;
  // best[r][c]: the lowest possible highest tile on a right/down path to (r, c)
  const best = grid.map((row) => row.slice());
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) {
      if (r === 0 && c === 0) continue;
      const up = r > 0 ? best[r - 1][c] : Infinity;
      const left = c > 0 ? best[r][c - 1] : Infinity;
      best[r][c] = Math.max(grid[r][c], Math.min(up, left));
    }
  }
  return best[n - 1][n - 1];
}
