// Fills the first row and column with 0 instead of j and i, as if turning a prefix into the empty
// string were free: "" / "map" gives 0 instead of 3.
function minEdits(source, target) {
  const m = source.length;
  const n = target.length;
  const D = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  for (let i = 1; i <= m; i += 1) {
    for (let j = 1; j <= n; j += 1) {
      D[i][j] =
        source[i - 1] === target[j - 1]
          ? D[i - 1][j - 1]
          : 1 + Math.min(D[i - 1][j], D[i][j - 1], D[i - 1][j - 1]);
    }
  }
  return D[m][n];
}
