function longestValidParentheses(s) {
  // stack[0] is the floor: the index before the current stretch; above it, unmatched '(' indices
  const stack = [-1];
  let best = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '(') {
      stack.push(i);
    } else {
      stack.pop();
      if (stack.length === 0)
        stack.push(i); // unmatched ')': the new floor
      else best = Math.max(best, i - stack[stack.length - 1]);
    }
  }
  return best;
}
