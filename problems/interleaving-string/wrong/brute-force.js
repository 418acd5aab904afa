// Right choices, but plain recursion tries both strings on every tie without remembering (i, j):
// long runs of the same letter make it exponential, and the 500-letter tests run out of time.
function isInterleave(s1, s2, s3, i = 0, j = 0) {
  if (s1.length + s2.length !== s3.length) return false;
  if (i + j === s3.length) return true;
  const c = s3[i + j];
  return (
    (i < s1.length && s1[i] === c && isInterleave(s1, s2, s3, i + 1, j)) ||
    (j < s2.length && s2[j] === c && isInterleave(s1, s2, s3, i, j + 1))
  );
}
