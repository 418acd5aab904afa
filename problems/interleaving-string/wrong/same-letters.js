// Only checks that s3 has the same letters as s1 and s2 together, ignoring order:
// "ab", "", "ba" gives true.
function isInterleave(s1, s2, s3) {
  const sorted = (s) => s.split('').sort().join('');
  return sorted(s1 + s2) === sorted(s3);
}
