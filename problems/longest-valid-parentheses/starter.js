/**
 * @param {string} s only '(' and ')'
 * @return {number} the length of the longest valid bracket substring
 */
function longestValidParentheses(s) {
  // your code here
  return -1;
}
