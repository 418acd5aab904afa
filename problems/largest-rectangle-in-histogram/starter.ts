function largestRectangleArea(heights: number[]): number {
  // your code here
  return 0;
}
