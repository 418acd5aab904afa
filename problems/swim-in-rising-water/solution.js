function swimInWater(grid) {
  const n = grid.length;
  const moves = [
    [-1, 0],
    [1, 0],
    [0, -1],
    [0, 1],
  ];
  // can the bottom-right tile be reached using only tiles of height <= t?
  const canReach = (t) => {
    if (grid[0][0] > t) return false;
    const seen = grid.map((row) => row.map(() => false));
    seen[0][0] = true;
    const queue = [[0, 0]];
    for (let q = 0; q < queue.length; q += 1) {
      const [r, c] = queue[q];
      if (r === n - 1 && c === n - 1) return true;
      for (const [dr, dc] of moves) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
        if (seen[nr][nc] || grid[nr][nc] > t) continue;
        seen[nr][nc] = true;
        queue.push([nr, nc]);
      }
    }
    return false;
  };
  // reachability only grows with t: find the first t that works
  let lo = 0;
  let hi = n * n - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (canReach(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
