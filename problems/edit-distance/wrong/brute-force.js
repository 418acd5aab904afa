// Correct recurrence as plain recursion: up to three branches per step and no memoisation,
// exponential in the lengths, so the 500-character test runs out of time.
function minEdits(source, target) {
  const solve = (i, j) => {
    if (i === source.length) return target.length - j;
    if (j === target.length) return source.length - i;
    if (source[i] === target[j]) return solve(i + 1, j + 1);
    return 1 + Math.min(solve(i + 1, j), solve(i, j + 1), solve(i + 1, j + 1));
  };
  return solve(0, 0);
}
