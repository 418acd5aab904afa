// Shrinks the first window that covers t and returns it straight away,
// never checking whether a shorter window appears further right.
function minWindow(s, t) {
  const need = new Map();
  for (const ch of t) need.set(ch, (need.get(ch) ?? 0) + 1);
  const have = new Map();
  let formed = 0;
  let left = 0;
  for (let right = 0; right < s.length; right += 1) {
    const ch = s[right];
    if (need.has(ch)) {
      have.set(ch, (have.get(ch) ?? 0) + 1);
      if (have.get(ch) === need.get(ch)) formed += 1;
    }
    if (formed === need.size) {
      // drop letters from the left while the window still covers t
      while (!need.has(s[left]) || have.get(s[left]) > need.get(s[left])) {
        if (need.has(s[left])) have.set(s[left], have.get(s[left]) - 1);
        left += 1;
      }
      return s.slice(left, right + 1);
    }
  }
  return '';
}
