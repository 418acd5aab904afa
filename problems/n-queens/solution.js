function solveNQueens(n) {
  const boards = [];
  const queenCol = []; // queenCol[row] = column of the queen in that row
  const cols = new Set();
  const diag = new Set(); // row - col is constant along a "\" diagonal
  const anti = new Set(); // row + col is constant along a "/" diagonal

  const place = (row) => {
    if (row === n) {
      boards.push(queenCol.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
      return;
    }
    for (let c = 0; c < n; c += 1) {
      if (cols.has(c) || diag.has(row - c) || anti.has(row + c)) continue;
      cols.add(c);
      diag.add(row - c);
      anti.add(row + c);
      queenCol.push(c);
      place(row + 1);
      queenCol.pop();
      cols.delete(c);
      diag.delete(row - c);
      anti.delete(row + c);
    }
  };

  place(0);
  return boards;
}
