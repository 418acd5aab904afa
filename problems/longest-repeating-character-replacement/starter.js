/**
 * @param {string} s uppercase letters
 * @param {number} k the most letters that may be repainted
 * @return {number} the longest stretch that can be made one repeated letter
 */
function characterReplacement(s, k) {
  // your code here
  return 0;
}
