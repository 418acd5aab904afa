// Measures a popped bar's width from its own column instead of from the bar below it on the
// stack, so the taller bars popped before it, to its left, are not counted: [[1, 1], [1, 1]]
// gives 2 instead of 4.
function maximalRectangle(matrix) {
  const c = matrix[0].length;
  const heights = new Array(c + 1).fill(0);
  let best = 0;
  for (const row of matrix) {
    for (let j = 0; j < c; j += 1) heights[j] = row[j] === 1 ? heights[j] + 1 : 0;
    const stack = [];
    for (let j = 0; j <= c; j += 1) {
      while (stack.length > 0 && heights[stack[stack.length - 1]] >= heights[j]) {
        const top = stack.pop();
        best = Math.max(best, heights[top] * (j - top));
      }
      stack.push(j);
    }
  }
  return best;
}
