// Greedy by start time, keeping whatever comes first: a long early interval blocks the short ones
// inside it. [[0, 10], [1, 2], [3, 4], [5, 6]] gives 3 instead of 1.
function eraseOverlapIntervals(intervals) {
  const byStart = intervals.slice().sort((a, b) => a[0] - b[0]);
  let removed = 0;
  let lastEnd = -Infinity;
  for (const [start, end] of byStart) {
    if (start >= lastEnd) lastEnd = end;
    else removed += 1;
  }
  return removed;
}
