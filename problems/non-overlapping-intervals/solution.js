function eraseOverlapIntervals(intervals) {
  const byEnd = intervals.slice().sort((a, b) => a[1] - b[1]);
  let removed = 0;
  let lastEnd = -Infinity; // end of the last interval kept
  for (const [start, end] of byEnd) {
    if (start >= lastEnd) lastEnd = end;
    else removed += 1;
  }
  return removed;
}
