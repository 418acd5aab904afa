// Uses grid.length as the bound for both rows and columns: on a grid wider than it is tall the
// right-hand columns are never scanned, and on a taller one it reads past the end of a row.
function numIslands(grid) {
  const size = grid.length;
  let islands = 0;
  const sink = (r, c) => {
    if (r < 0 || c < 0 || r >= size || c >= size || grid[r][c] !== '1') return;
    grid[r][c] = '0';
    sink(r + 1, c);
    sink(r - 1, c);
    sink(r, c + 1);
    sink(r, c - 1);
  };
  for (let r = 0; r < size; r += 1) {
    for (let c = 0; c < size; c += 1) {
      if (grid[r][c] === '1') {
        islands += 1;
        sink(r, c);
      }
    }
  }
  return islands;
}
