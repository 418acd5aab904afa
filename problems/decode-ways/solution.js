function numDecodings(s) {
  const MOD = 1000000007;
  // next1 = ways to read s.slice(i + 1), next2 = ways to read s.slice(i + 2)
  let next1 = 1;
  let next2 = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    let here = 0;
    if (s[i] !== '0') {
      here = next1;
      // at the last digit the "pair" is one digit, but next2 is still 0 there
      if (Number(s.slice(i, i + 2)) <= 26) here = (here + next2) % MOD;
    }
    next2 = next1;
    next1 = here;
  }
  return next1;
}
