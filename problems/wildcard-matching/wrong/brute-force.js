// Right rules, but plain recursion tries every length for every star without remembering results:
// "a" repeated against "*a*a*a…*b" branches exponentially and runs out of time.
function isMatch(s, p, i = 0, j = 0) {
  if (j === p.length) return i === s.length;
  if (p[j] === '*') return isMatch(s, p, i, j + 1) || (i < s.length && isMatch(s, p, i + 1, j));
  return i < s.length && (p[j] === '?' || p[j] === s[i]) && isMatch(s, p, i + 1, j + 1);
}
