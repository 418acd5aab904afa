// Lower-cases both strings before matching, so "a" in s wrongly satisfies "A" in t,
// and the returned window is the lower-cased text rather than the original substring.
function minWindow(s, t) {
  const lowerS = s.toLowerCase();
  const need = new Map();
  for (const ch of t.toLowerCase()) need.set(ch, (need.get(ch) ?? 0) + 1);
  const have = new Map();
  let formed = 0;
  let best = '';
  let left = 0;
  for (let right = 0; right < lowerS.length; right += 1) {
    const ch = lowerS[right];
    if (need.has(ch)) {
      have.set(ch, (have.get(ch) ?? 0) + 1);
      if (have.get(ch) === need.get(ch)) formed += 1;
    }
    while (formed === need.size) {
      if (best === '' || right - left + 1 < best.length) best = lowerS.slice(left, right + 1);
      const out = lowerS[left];
      if (need.has(out)) {
        have.set(out, have.get(out) - 1);
        if (have.get(out) < need.get(out)) formed -= 1;
      }
      left += 1;
    }
  }
  return best;
}
