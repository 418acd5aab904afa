/**
 * @param {number[][]} matrix 0s and 1s
 * @return {number} the area of the largest rectangle containing only 1s
 */
function maximalRectangle(matrix) {
  // your code here
  return -1;
}
