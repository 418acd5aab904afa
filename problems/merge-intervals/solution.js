function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last === undefined || start > last[1]) {
      merged.push([start, end]); // a copy, so the caller's intervals are not modified
    } else {
      last[1] = Math.max(last[1], end); // max: the current interval may sit inside the group
    }
  }
  return merged;
}
