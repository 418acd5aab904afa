function minEdits(source, target) {
  const n = target.length;
  // prev[j] = D[i - 1][j]; row 0 is "build target's first j characters from nothing": j inserts.
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let curr = new Array(n + 1).fill(0);
  for (let i = 1; i <= source.length; i += 1) {
    curr[0] = i; // delete all i characters
    const ch = source[i - 1];
    for (let j = 1; j <= n; j += 1) {
      if (ch === target[j - 1]) {
        curr[j] = prev[j - 1]; // matching last characters cost nothing
      } else {
        curr[j] = 1 + Math.min(prev[j], curr[j - 1], prev[j - 1]); // delete, insert, replace
      }
    }
    const done = prev; // reuse the old row as the next one
    prev = curr;
    curr = done;
  }
  return prev[n];
}
