/**
 * @param {string} s lowercase letters
 * @return {number[]} the sizes of the parts, left to right
 */
function partitionLabels(s) {
  // your code here
  return [];
}
