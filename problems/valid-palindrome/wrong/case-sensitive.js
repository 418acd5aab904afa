// Skips the non-alphanumeric characters correctly but compares letters without
// lower-casing them, so "Step on no pets" fails on S versus s.
function isPalindrome(s) {
  const ok = (ch) => /[A-Za-z0-9]/.test(ch);
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (!ok(s[i])) i += 1;
    else if (!ok(s[j])) j -= 1;
    else if (s[i] !== s[j]) return false;
    else {
      i += 1;
      j -= 1;
    }
  }
  return true;
}
