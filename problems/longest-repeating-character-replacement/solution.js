function characterReplacement(s, k) {
  const count = new Array(26).fill(0); // letters in the window s[left..right]
  let best = 0; // largest count of one letter in any window so far
  let left = 0;
  for (let right = 0; right < s.length; right += 1) {
    const c = s.charCodeAt(right) - 65;
    count[c] += 1;
    best = Math.max(best, count[c]);
    // too many letters to repaint: slide instead of growing (the window never shrinks)
    if (right - left + 1 - best > k) {
      count[s.charCodeAt(left) - 65] -= 1;
      left += 1;
    }
  }
  return s.length - left;
}
