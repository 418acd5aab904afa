/**
 * @param {number[]} heights bar heights, each bar 1 unit wide
 * @return {number} the area of the largest rectangle inside the histogram
 */
function largestRectangleArea(heights) {
  // your code here
  return 0;
}
