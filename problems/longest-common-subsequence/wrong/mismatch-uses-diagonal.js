// On a mismatch copies the diagonal L[i - 1][j - 1] instead of max(L[i - 1][j], L[i][j - 1]),
// which drops both characters at once: "ab" / "ba" gives 0 instead of 1.
function lcsLength(first, second) {
  const L = Array.from({ length: first.length + 1 }, () => new Array(second.length + 1).fill(0));
  for (let i = 1; i <= first.length; i += 1) {
    for (let j = 1; j <= second.length; j += 1) {
      L[i][j] = first[i - 1] === second[j - 1] ? L[i - 1][j - 1] + 1 : L[i - 1][j - 1];
    }
  }
  return L[first.length][second.length];
}
