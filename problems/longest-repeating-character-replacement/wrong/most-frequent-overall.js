// Takes the most frequent letter of the whole string and adds k, as if its copies were adjacent:
// "AXYZAXYZA" with k = 1 gives 4, but one repaint only ever makes a stretch of 2.
function characterReplacement(s, k) {
  const count = new Array(26).fill(0);
  for (let i = 0; i < s.length; i += 1) count[s.charCodeAt(i) - 65] += 1;
  return Math.min(s.length, Math.max(...count) + k);
}
