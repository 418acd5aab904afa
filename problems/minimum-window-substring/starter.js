/**
 * @param {string} s
 * @param {string} t
 * @return {string} the shortest (leftmost on ties) substring of s containing all of t, or ""
 */
function minWindow(s, t) {
  // your code here
  return '';
}
