// Counts each bracket type separately: never goes negative and ends at zero, but crossing
// pairs such as "([)]" slip through because the order between types is never checked.
function isValid(s) {
  const open = { '(': 0, '[': 0, '{': 0 };
  const opener = { ')': '(', ']': '[', '}': '{' };
  for (const ch of s) {
    if (ch in open) open[ch] += 1;
    else if (--open[opener[ch]] < 0) return false;
  }
  return open['('] === 0 && open['['] === 0 && open['{'] === 0;
}
