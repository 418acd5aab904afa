/**
 * @param {string} s
 * @return {number} the length of the longest run of consecutive characters with no repeats
 */
function lengthOfLongestSubstring(s) {
  // your code here
  return 0;
}
