// Correct lengths, but restarts from every position and grows a fresh Set until a repeat:
// O(n · window) — about 1.2 billion steps on the 60,000-character test with 20,000-character windows.
function lengthOfLongestSubstring(s) {
  let best = 0;
  for (let start = 0; start < s.length; start += 1) {
    const seen = new Set();
    let end = start;
    while (end < s.length && !seen.has(s[end])) {
      seen.add(s[end]);
      end += 1;
    }
    best = Math.max(best, end - start);
  }
  return best;
}
