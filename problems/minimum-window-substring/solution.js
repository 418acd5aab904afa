function minWindow(s, t) {
  const need = new Array(128).fill(0); // letters are ASCII, so a code-indexed array is the count map
  let required = 0; // distinct characters of t that the window must fully cover
  for (let i = 0; i < t.length; i += 1) {
    const code = t.charCodeAt(i);
    if (need[code] === 0) required += 1;
    need[code] += 1;
  }
  const have = new Array(128).fill(0);
  let formed = 0;
  let bestStart = 0;
  let bestLength = Infinity;
  let left = 0;
  for (let right = 0; right < s.length; right += 1) {
    const code = s.charCodeAt(right);
    if (need[code] > 0) {
      have[code] += 1;
      if (have[code] === need[code]) formed += 1;
    }
    while (formed === required) {
      if (right - left + 1 < bestLength) {
        // strictly shorter only, so the leftmost of equal windows is kept
        bestStart = left;
        bestLength = right - left + 1;
      }
      const out = s.charCodeAt(left);
      if (need[out] > 0) {
        have[out] -= 1;
        if (have[out] < need[out]) formed -= 1;
      }
      left += 1;
    }
  }
  return bestLength === Infinity ? '' : s.slice(bestStart, bestStart + bestLength);
}
