// Correct recurrence, but without memoisation it recomputes the same subproblems:
// about 1.8 billion calls for n = 45, far beyond the time limit.
function countWays(n) {
  if (n <= 2) return n;
  return countWays(n - 1) + countWays(n - 2);
}
