// Counts how many two-step moves are used (0 to n / 2) instead of ordered sequences,
// so 1 + 2 and 2 + 1 are counted once: n = 3 gives 2 instead of 3.
function countWays(n) {
  return Math.floor(n / 2) + 1;
}
