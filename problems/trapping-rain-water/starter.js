/**
 * @param {number[]} height bar heights, each bar 1 unit wide
 * @return {number} total units of water held between the bars
 */
function trap(height) {
  // your code here
  return 0;
}
