// Checks the ends and recurses on the middle: one stack frame per pair of characters,
// so the 500,000-character test overflows the call stack (RangeError).
function isPalindrome(s) {
  const cleaned = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const check = (t) => t.length < 2 || (t[0] === t[t.length - 1] && check(t.slice(1, -1)));
  return check(cleaned);
}
