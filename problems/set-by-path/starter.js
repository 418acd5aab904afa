/**
 * @param {object} obj a plain object or array, changed in place
 * @param {string | (string | number)[]} path "a.b[0]" or ["a", "b", 0]
 * @param {unknown} value stored at the end of the path
 * @return {object} obj itself
 */
function set(obj, path, value) {
  // your code here
  return {};
}
