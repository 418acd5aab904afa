/**
 * @param {string} s the digit message
 * @return {number} the number of ways to read it as letters, modulo 1,000,000,007
 */
function numDecodings(s) {
  // your code here
  return -1;
}
