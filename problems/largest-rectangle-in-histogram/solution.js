function largestRectangleArea(heights) {
  const n = heights.length;
  const stack = []; // indices of bars with increasing heights
  let best = 0;
  for (let i = 0; i <= n; i += 1) {
    const h = i === n ? 0 : heights[i]; // a final bar of height 0 flushes the stack
    while (stack.length > 0 && heights[stack[stack.length - 1]] > h) {
      const height = heights[stack.pop()];
      const left = stack.length > 0 ? stack[stack.length - 1] : -1; // nearest lower bar on the left
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}
