// Measures the width from the popped bar's own index instead of from the bar below it on the
// stack, so a rectangle cannot extend left over taller bars popped earlier: [2, 1, 2] gives 2, not 3.
function largestRectangleArea(heights) {
  const n = heights.length;
  const stack = [];
  let best = 0;
  for (let i = 0; i <= n; i += 1) {
    const h = i === n ? 0 : heights[i];
    while (stack.length > 0 && heights[stack[stack.length - 1]] > h) {
      const top = stack.pop();
      best = Math.max(best, heights[top] * (i - top));
    }
    stack.push(i);
  }
  return best;
}
