// Tries every top-left corner and every bottom-right corner, checking the rectangle cell by cell
// until a 0: on the all-ones 300 × 300 grid that is about 10^14 cell checks.
function maximalRectangle(matrix) {
  const r = matrix.length;
  const c = matrix[0].length;
  let best = 0;
  for (let top = 0; top < r; top += 1) {
    for (let left = 0; left < c; left += 1) {
      for (let bottom = top; bottom < r; bottom += 1) {
        for (let right = left; right < c; right += 1) {
          let ok = true;
          for (let i = top; i <= bottom && ok; i += 1) {
            for (let j = left; j <= right && ok; j += 1) if (matrix[i][j] !== 1) ok = false;
          }
          if (ok) best = Math.max(best, (bottom - top + 1) * (right - left + 1));
        }
      }
    }
  }
  return best;
}
