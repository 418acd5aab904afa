function countWays(n) {
  if (n <= 2) return n;
  let twoBelow = 1; // ways to reach step i - 2
  let oneBelow = 2; // ways to reach step i - 1
  for (let i = 3; i <= n; i += 1) {
    [twoBelow, oneBelow] = [oneBelow, twoBelow + oneBelow];
  }
  return oneBelow;
}
