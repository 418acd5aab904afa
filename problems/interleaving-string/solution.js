function isInterleave(s1, s2, s3) {
  const m = s1.length;
  const n = s2.length;
  if (m + n !== s3.length) return false;
  // ok[j]: can s1's first i characters and s2's first j interleave into s3's first i + j
  const ok = [true];
  for (let j = 1; j <= n; j += 1) ok[j] = ok[j - 1] && s2[j - 1] === s3[j - 1];
  for (let i = 1; i <= m; i += 1) {
    ok[0] = ok[0] && s1[i - 1] === s3[i - 1];
    for (let j = 1; j <= n; j += 1) {
      const c = s3[i + j - 1];
      ok[j] = (ok[j] && s1[i - 1] === c) || (ok[j - 1] && s2[j - 1] === c);
    }
  }
  return ok[n];
}
