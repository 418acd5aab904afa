// Tries t = 0, 1, 2, … with a fresh BFS each time until the corner is reached: up to n^2 BFS runs,
// about 10^9 cell visits on a 200 × 200 grid whose answer is in the tens of thousands.
function swimInWater(grid) {
  const n = grid.length;
  for (let t = 0; ; t += 1) {
    if (grid[0][0] > t) continue;
    const seen = grid.map((row) => row.map(() => false));
    seen[0][0] = true;
    const queue = [[0, 0]];
    for (let q = 0; q < queue.length; q += 1) {
      const [r, c] = queue[q];
      if (r === n - 1 && c === n - 1) return t;
      for (const [nr, nc] of [
        [r - 1, c],
        [r + 1, c],
        [r, c - 1],
        [r, c + 1],
      ]) {
        if (nr >= 0 && nr < n && nc >= 0 && nc < n && !seen[nr][nc] && grid[nr][nc] <= t) {
          seen[nr][nc] = true;
          queue.push([nr, nc]);
        }
      }
    }
  }
}
