// Off by one on the pair bound (< 26): "26" is Z, so "226" gives 2 instead of 3.
function numDecodings(s) {
  let next1 = 1;
  let next2 = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    let here = 0;
    if (s[i] !== '0') {
      here = next1;
      if (i + 1 < s.length && Number(s.slice(i, i + 2)) < 26) here = (here + next2) % 1000000007;
    }
    next2 = next1;
    next1 = here;
  }
  return next1;
}
