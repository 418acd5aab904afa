// Greedy: for each character of first, takes its next occurrence in second. An early match can
// jump past characters needed later: "zab" / "abz" matches only "z" (1) instead of "ab" (2).
function lcsLength(first, second) {
  let count = 0;
  let from = 0;
  for (const ch of first) {
    const at = second.indexOf(ch, from);
    if (at !== -1) {
      count += 1;
      from = at + 1;
    }
  }
  return count;
}
