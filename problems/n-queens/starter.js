/**
 * @param {number} n board size and number of queens
 * @return {string[][]} every valid board, each as n strings of "." and "Q"
 */
function solveNQueens(n) {
  // your code here
  return [];
}
