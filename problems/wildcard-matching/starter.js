/**
 * @param {string} s the file name (lowercase letters)
 * @param {string} p the pattern (lowercase letters, ? and *)
 * @return {boolean} whether p matches the whole of s
 */
function isMatch(s, p) {
  // your code here
  return null;
}
