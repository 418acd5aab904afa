/**
 * @param {number[][]} grid n × n tile heights, a permutation of 0 … n² - 1
 * @return {number} the earliest time the bottom-right tile can be reached from the top-left one
 */
function swimInWater(grid) {
  // your code here
  return -1;
}
