// Slides as soon as the repaints reach k (>= instead of >), so windows needing exactly k repaints
// are rejected: "ABAB" with k = 2 gives 3.
function characterReplacement(s, k) {
  const count = new Array(26).fill(0);
  let best = 0;
  let left = 0;
  for (let right = 0; right < s.length; right += 1) {
    const c = s.charCodeAt(right) - 65;
    count[c] += 1;
    best = Math.max(best, count[c]);
    if (right - left + 1 - best >= k && right - left + 1 - best > 0) {
      count[s.charCodeAt(left) - 65] -= 1;
      left += 1;
    }
  }
  return s.length - left;
}
