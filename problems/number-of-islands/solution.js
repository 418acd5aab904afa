function numIslands(grid) {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  let islands = 0;
  const stack = [];
  const sink = (r, c) => {
    if (r >= 0 && c >= 0 && r < rows && c < cols && grid[r][c] === '1') {
      grid[r][c] = '0'; // mark as soon as it is discovered, so it is pushed only once
      stack.push(r * cols + c);
    }
  };
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      if (grid[r][c] !== '1') continue;
      islands += 1;
      sink(r, c);
      while (stack.length > 0) {
        const cell = stack.pop();
        const cr = Math.floor(cell / cols);
        const cc = cell % cols;
        sink(cr - 1, cc);
        sink(cr + 1, cc);
        sink(cr, cc - 1);
        sink(cr, cc + 1);
      }
    }
  }
  return islands;
}
