function maximalRectangle(matrix: number[][]): number {
  // your code here
  return -1;
}
