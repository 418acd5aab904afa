function solveNQueens(n: number): string[][] {
  // your code here
  return [];
}
