/**
 * @param {string[][]} grid "1" is land, "0" is water
 * @return {number} how many islands (4-directionally connected groups of land) there are
 */
function numIslands(grid) {
  // your code here
  return 0;
}
