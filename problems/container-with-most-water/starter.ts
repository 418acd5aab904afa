function maxArea(height: number[]): number {
  // your code here
  return -1;
}
