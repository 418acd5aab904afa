// One left-to-right counter that resets on an unmatched ')': it never credits a stretch that is
// still open at the end, so "(()" gives 0 instead of 2.
function longestValidParentheses(s) {
  let open = 0;
  let length = 0;
  let best = 0;
  for (const ch of s) {
    length += 1;
    open += ch === '(' ? 1 : -1;
    if (open < 0) {
      open = 0;
      length = 0;
    } else if (open === 0) {
      best = Math.max(best, length);
    }
  }
  return best;
}
