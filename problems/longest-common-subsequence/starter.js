/**
 * @param {string} first
 * @param {string} second
 * @return {number} the length of a longest common subsequence
 */
function lcsLength(first, second) {
  // your code here
  return 0;
}
