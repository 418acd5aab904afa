// Recognises the Fibonacci sequence but starts it as 1, 1, 2, ... at n = 1, one position too early:
// it answers 1 for n = 2 instead of 2.
function countWays(n) {
  let a = 1;
  let b = 1;
  for (let i = 3; i <= n; i += 1) [a, b] = [b, a + b];
  return b;
}
