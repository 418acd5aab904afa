function isMatch(s, p) {
  // row[j]: does p.slice(0, j) match the first i characters of s (i = rows filled so far)
  let row = [true];
  for (let j = 1; j <= p.length; j += 1) row[j] = row[j - 1] && p[j - 1] === '*';
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
