function eraseOverlapIntervals(intervals: number[][]): number {
  // your code here
  return -1;
}
