// Computes areas only when a lower bar arrives and forgets the bars still on the stack
// at the end: a histogram that only rises, like [1, 2, 3], scores 0.
function largestRectangleArea(heights) {
  const stack = [];
  let best = 0;
  for (let i = 0; i < heights.length; i += 1) {
    while (stack.length > 0 && heights[stack[stack.length - 1]] > heights[i]) {
      const height = heights[stack.pop()];
      const left = stack.length > 0 ? stack[stack.length - 1] : -1;
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}
