const OPENER_OF = { ')': '(', ']': '[', '}': '{' };

function isValid(s) {
  const stack = [];
  for (const ch of s) {
    const opener = OPENER_OF[ch];
    if (opener === undefined) {
      stack.push(ch);
    } else if (stack.length === 0 || stack.pop() !== opener) {
      return false;
    }
  }
  return stack.length === 0;
}
