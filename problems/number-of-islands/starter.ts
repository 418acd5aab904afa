function numIslands(grid: string[][]): number {
  // your code here
  return 0;
}
