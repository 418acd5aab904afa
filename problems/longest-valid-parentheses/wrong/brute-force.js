// Checks every start and extends with a counter, keeping the longest balanced end: O(n^2), about
// 5·10^9 steps for the 100,000-character tests.
function longestValidParentheses(s) {
  let best = 0;
  for (let i = 0; i < s.length; i += 1) {
    let open = 0;
    for (let j = i; j < s.length; j += 1) {
      open += s[j] === '(' ? 1 : -1;
      if (open < 0) break;
      if (open === 0) best = Math.max(best, j - i + 1);
    }
  }
  return best;
}
