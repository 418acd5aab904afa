// Greedy without backtracking: a * skips only to the first place where the next pattern
// character appears. For "abcbd" and "*bd" it stops at the first b, then fails on c.
function isMatch(s, p) {
  let i = 0;
  let j = 0;
  while (j < p.length) {
    if (p[j] === '*') {
      while (p[j] === '*') j += 1;
      if (j === p.length) return true;
      while (i < s.length && p[j] !== '?' && s[i] !== p[j]) i += 1;
    } else {
      if (i >= s.length || (p[j] !== '?' && p[j] !== s[i])) return false;
      i += 1;
      j += 1;
    }
  }
  return i === s.length;
}
