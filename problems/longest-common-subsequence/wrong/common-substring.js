// Solves longest common substring: a mismatch resets the run to 0, so the characters must be
// contiguous. "stone" / "longest" gives 2 ("on") instead of 3 ("one").
function lcsLength(first, second) {
  let best = 0;
  let prev = new Array(second.length + 1).fill(0);
  for (let i = 1; i <= first.length; i += 1) {
    const curr = new Array(second.length + 1).fill(0);
    for (let j = 1; j <= second.length; j += 1) {
      if (first[i - 1] === second[j - 1]) curr[j] = prev[j - 1] + 1;
      best = Math.max(best, curr[j]);
    }
    prev = curr;
  }
  return best;
}
