// Explores all 8 neighbours, so land that only touches at a corner is merged into one island.
function numIslands(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  let islands = 0;
  const sink = (r, c) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || grid[r][c] !== '1') return;
    grid[r][c] = '0';
    for (let dr = -1; dr <= 1; dr += 1) {
      for (let dc = -1; dc <= 1; dc += 1) if (dr !== 0 || dc !== 0) sink(r + dr, c + dc);
    }
  };
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      if (grid[r][c] === '1') {
        islands += 1;
        sink(r, c);
      }
    }
  }
  return islands;
}
