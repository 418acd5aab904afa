// Forgets the walls of value 1: the balloons at the ends are scored with a neighbour of 0, so the
// last balloon standing earns nothing. [7] gives 0 instead of 7.
function maxCoins(nums) {
  const v = [0, ...nums, 0];
  const n = v.length;
  const best = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let width = 2; width < n; width += 1) {
    for (let l = 0; l + width < n; l += 1) {
      const r = l + width;
      for (let k = l + 1; k < r; k += 1) {
        best[l][r] = Math.max(best[l][r], best[l][k] + best[k][r] + v[l] * v[k] * v[r]);
      }
    }
  }
  return best[0][n - 1];
}
