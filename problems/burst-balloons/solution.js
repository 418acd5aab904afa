function maxCoins(nums) {
  const v = [1, ...nums, 1]; // walls of value 1 that are never burst
  const n = v.length;
  // best[l][r]: most coins from bursting every balloon strictly between walls l and r
  const best = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let width = 2; width < n; width += 1) {
    for (let l = 0; l + width < n; l += 1) {
      const r = l + width;
      for (let k = l + 1; k < r; k += 1) {
        // k is the last balloon burst between l and r, so its neighbours are then l and r
        best[l][r] = Math.max(best[l][r], best[l][k] + best[k][r] + v[l] * v[k] * v[r]);
      }
    }
  }
  return best[0][n - 1];
}
