// Correct areas, but tries every range of bars, keeping a running minimum height:
// O(n²), too slow for the 100,000-bar test.
function largestRectangleArea(heights) {
  let best = 0;
  for (let start = 0; start < heights.length; start += 1) {
    let minHeight = Infinity;
    for (let end = start; end < heights.length; end += 1) {
      minHeight = Math.min(minHeight, heights[end]);
      best = Math.max(best, minHeight * (end - start + 1));
    }
  }
  return best;
}
