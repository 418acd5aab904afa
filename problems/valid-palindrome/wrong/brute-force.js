// Correct answers, but removes characters from the front of an array with shift(), which moves
// every remaining element: O(n²) overall, too slow for the 500,000-character test.
function isPalindrome(s) {
  const chars = [];
  for (const ch of s.toLowerCase()) {
    if (/[a-z0-9]/.test(ch)) chars.push(ch);
  }
  while (chars.length > 1) {
    if (chars.shift() !== chars.pop()) return false;
  }
  return true;
}
