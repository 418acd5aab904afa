/**
 * @param {string} s only the characters ()[]{}
 * @return {boolean} whether every bracket is closed by the right type in the right order
 */
function isValid(s) {
  // your code here
  return false;
}
