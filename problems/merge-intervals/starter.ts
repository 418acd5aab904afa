function mergeIntervals(intervals: number[][]): number[][] {
  // your code here
  return intervals;
}
