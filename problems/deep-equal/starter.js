/**
 * @param {unknown} a a JSON value
 * @param {unknown} b a JSON value
 * @return {boolean} true when a and b have the same content
 */
function deepEqual(a, b) {
  // your code here
  return false;
}
