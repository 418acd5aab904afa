// Correct windows, but starts a fresh scan from every left end and extends it until it covers t:
// O(m²) when the window is long or missing, too slow for the 100,000-character test.
function minWindow(s, t) {
  const need = {};
  for (const ch of t) need[ch] = (need[ch] ?? 0) + 1;
  const required = Object.keys(need).length;
  let best = '';
  for (let left = 0; left < s.length; left += 1) {
    const have = {};
    let formed = 0;
    for (let right = left; right < s.length; right += 1) {
      const ch = s[right];
      if (need[ch] === undefined) continue;
      have[ch] = (have[ch] ?? 0) + 1;
      if (have[ch] === need[ch]) formed += 1;
      if (formed === required) {
        if (best === '' || right - left + 1 < best.length) best = s.slice(left, right + 1);
        break;
      }
    }
  }
  return best;
}
