// Never checks the starting tile's own height: [[3, 0], [1, 2]] gives 2, but you cannot stand on
// the top-left tile before time 3.
function swimInWater(grid) {
  const n = grid.length;
  const canReach = (t) => {
    const seen = grid.map((row) => row.map(() => false));
    seen[0][0] = true;
    const queue = [[0, 0]];
    for (let q = 0; q < queue.length; q += 1) {
      const [r, c] = queue[q];
      if (r === n - 1 && c === n - 1) return true;
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
    return false;
  };
  let lo = 0;
  let hi = n * n - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (canReach(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
