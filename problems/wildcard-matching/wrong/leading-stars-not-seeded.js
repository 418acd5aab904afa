// Forgets that leading stars match the empty prefix of s: only row[0] starts true, so "" against
// "*" is false, and so is "abc" against "*abc".
function isMatch(s, p) {
  let row = new Array(p.length + 1).fill(false);
  row[0] = true;
  for (let i = 1; i <= s.length; i += 1) {
    const next = new Array(p.length + 1).fill(false);
    for (let j = 1; j <= p.length; j += 1) {
      const c = p[j - 1];
      if (c === '*') next[j] = next[j - 1] || row[j];
      else next[j] = row[j - 1] && (c === '?' || c === s[i - 1]);
    }
    row = next;
  }
  return row[p.length];
}
