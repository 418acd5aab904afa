function lcsLength(first, second) {
  // Rows run over the longer string, so a row is as long as the shorter one.
  const [rows, cols] = first.length >= second.length ? [first, second] : [second, first];
  let prev = new Array(cols.length + 1).fill(0); // L[i - 1][*]
  let curr = new Array(cols.length + 1).fill(0); // L[i][*]
  for (let i = 1; i <= rows.length; i += 1) {
    const ch = rows[i - 1];
    for (let j = 1; j <= cols.length; j += 1) {
      if (ch === cols[j - 1]) {
        curr[j] = prev[j - 1] + 1; // pair the two last characters
      } else {
        curr[j] = prev[j] > curr[j - 1] ? prev[j] : curr[j - 1]; // drop one of them
      }
    }
    const done = prev; // reuse the old row as the next one
    prev = curr;
    curr = done;
  }
  return prev[cols.length];
}
