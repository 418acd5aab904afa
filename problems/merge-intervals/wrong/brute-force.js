// Correct, but without sorting: each interval is checked against every merged interval so far,
// O(n²) on the 40,000-interval test where most intervals stay separate.
function mergeIntervals(intervals) {
  let merged = [];
  for (const [s, e] of intervals) {
    let start = s;
    let end = e;
    const kept = [];
    for (const m of merged) {
      if (m[0] <= end && start <= m[1]) {
        start = Math.min(start, m[0]);
        end = Math.max(end, m[1]);
      } else {
        kept.push(m);
      }
    }
    kept.push([start, end]);
    merged = kept;
  }
  return merged.sort((a, b) => a[0] - b[0]);
}
