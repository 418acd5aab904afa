// On a repeat, throws the whole window away and starts again at the current character,
// losing the characters between the two copies: "dvdf" gives 2 instead of 3 ("vdf").
function lengthOfLongestSubstring(s) {
  let window = new Set();
  let best = 0;
  for (const ch of s) {
    if (window.has(ch)) window = new Set();
    window.add(ch);
    best = Math.max(best, window.size);
  }
  return best;
}
