// Correct O(n^2) DP (sort by start, most intervals kept ending with each one): 50,000 intervals
// need about 1.25·10^9 steps and run out of time.
function eraseOverlapIntervals(intervals) {
  const a = intervals.slice().sort((x, y) => x[0] - y[0]);
  const best = new Array(a.length).fill(1);
  let keep = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (a[j][1] <= a[i][0] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    }
    if (best[i] > keep) keep = best[i];
  }
  return a.length - keep;
}
