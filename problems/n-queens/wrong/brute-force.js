// Correct, but with no pruning: it tries all n^n ways to put one queen in each row and only
// checks a full board at the end (10^10 boards for n = 10).
function solveNQueens(n) {
  const boards = [];
  const queenCol = [];
  const valid = () => {
    for (let a = 0; a < n; a += 1) {
      for (let b = a + 1; b < n; b += 1) {
        if (queenCol[a] === queenCol[b] || Math.abs(queenCol[a] - queenCol[b]) === b - a)
          return false;
      }
    }
    return true;
  };
  const place = (row) => {
    if (row === n) {
      if (valid()) boards.push(queenCol.map((c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
      return;
    }
    for (let c = 0; c < n; c += 1) {
      queenCol.push(c);
      place(row + 1);
      queenCol.pop();
    }
  };
  place(0);
  return boards;
}
