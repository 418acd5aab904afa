// Jumps left to just after the last occurrence without checking that the occurrence is still
// inside the window: in "abba" the second a sends left back to index 1, counting "bba" as valid.
function lengthOfLongestSubstring(s) {
  const lastIndex = new Map();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right += 1) {
    if (lastIndex.has(s[right])) left = lastIndex.get(s[right]) + 1;
    lastIndex.set(s[right], right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
