// Right rules, but plain recursion: the same suffixes are counted again and again, exponential in
// the length (a run of 1s takes Fibonacci(n) calls), so long messages run out of time.
function numDecodings(s, i = 0) {
  if (i === s.length) return 1;
  if (s[i] === '0') return 0;
  let ways = numDecodings(s, i + 1);
  if (i + 1 < s.length && Number(s.slice(i, i + 2)) <= 26) ways += numDecodings(s, i + 2);
  return ways % 1000000007;
}
