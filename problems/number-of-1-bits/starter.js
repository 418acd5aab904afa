/**
 * @param {number} n an unsigned 32-bit integer (0 to 2^32 - 1)
 * @return {number} how many of its bits are 1
 */
function hammingWeight(n) {
  // your code here
  return 0;
}
