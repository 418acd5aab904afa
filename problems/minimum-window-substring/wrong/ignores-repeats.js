// Treats t as a set of letters, so a window with one n satisfies t = "nna".
function minWindow(s, t) {
  const need = new Set(t);
  const have = new Map();
  let formed = 0;
  let best = '';
  let left = 0;
  for (let right = 0; right < s.length; right += 1) {
    const ch = s[right];
    if (need.has(ch)) {
      have.set(ch, (have.get(ch) ?? 0) + 1);
      if (have.get(ch) === 1) formed += 1;
    }
    while (formed === need.size) {
      if (best === '' || right - left + 1 < best.length) best = s.slice(left, right + 1);
      const out = s[left];
      if (need.has(out)) {
        have.set(out, have.get(out) - 1);
        if (have.get(out) === 0) formed -= 1;
      }
      left += 1;
    }
  }
  return best;
}
