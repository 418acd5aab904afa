// Tracks columns and the row - col diagonals but forgets the row + col anti-diagonals,
// so boards with two queens on a "/" diagonal are accepted.
function solveNQueens(n) {
  const boards = [];
  const queenCol = [];
  const cols = new Set();
  const diag = new Set();
  const place = (row) => {
    if (row === n) {
      boards.push(queenCol.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
      return;
    }
    for (let c = 0; c < n; c += 1) {
      if (cols.has(c) || diag.has(row - c)) continue;
      cols.add(c);
      diag.add(row - c);
      queenCol.push(c);
      place(row + 1);
      queenCol.pop();
      cols.delete(c);
      diag.delete(row - c);
    }
  };
  place(0);
  return boards;
}
