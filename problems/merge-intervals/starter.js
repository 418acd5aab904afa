/**
 * @param {number[][]} intervals each [start, end], both ends included
 * @return {number[][]} the merged intervals, sorted by start
 */
function mergeIntervals(intervals) {
  // your code here
  return intervals;
}
