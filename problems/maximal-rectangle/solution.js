function maximalRectangle(matrix) {
  const c = matrix[0].length;
  const heights = new Array(c + 1).fill(0); // heights[c] stays 0: a sentinel that flushes the stack
  let best = 0;
  for (const row of matrix) {
    for (let j = 0; j < c; j += 1) heights[j] = row[j] === 1 ? heights[j] + 1 : 0;
    // largest rectangle in this histogram; the stack holds columns of increasing height
    const stack = [];
    for (let j = 0; j <= c; j += 1) {
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
