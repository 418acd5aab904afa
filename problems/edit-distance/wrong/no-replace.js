// Leaves out the replace transition, so changing one character costs a delete plus an insert:
// "cat" / "cut" gives 2 instead of 1.
function minEdits(source, target) {
  const m = source.length;
  const n = target.length;
  const D = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= m; i += 1) {
    for (let j = 1; j <= n; j += 1) {
      D[i][j] =
        source[i - 1] === target[j - 1] ? D[i - 1][j - 1] : 1 + Math.min(D[i - 1][j], D[i][j - 1]);
    }
  }
  return D[m][n];
}
