function lengthOfLongestSubstring(s) {
  const lastIndex = new Map(); // character -> last position where it was seen
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right += 1) {
    const ch = s[right];
    const previous = lastIndex.get(ch);
    if (previous !== undefined && previous >= left) left = previous + 1; // older copies are outside the window
    lastIndex.set(ch, right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
