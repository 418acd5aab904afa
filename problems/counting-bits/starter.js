/**
 * @param {number} n
 * @return {number[]} entry i is the number of 1 bits in i, for i = 0..n
 */
function countBits(n) {
  // your code here
  return [];
}
