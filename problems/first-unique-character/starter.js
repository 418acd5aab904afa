/**
 * @param {string} s lowercase letters
 * @return {number} the index of the first character that occurs once, or -1
 */
function firstUniqChar(s) {
  // your code here
  return -2;
}
