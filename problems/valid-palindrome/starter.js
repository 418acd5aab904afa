/**
 * @param {string} s
 * @return {boolean} true if s reads the same both ways, counting only letters and digits, ignoring case
 */
function isPalindrome(s) {
  // your code here
  return false;
}
