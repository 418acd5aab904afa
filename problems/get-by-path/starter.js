/**
 * @param {unknown} obj a JSON value
 * @param {string | (string | number)[]} path "a.b[0]" or ["a", "b", 0]
 * @param {unknown} defaultValue returned when the path cannot be followed
 * @return {unknown}
 */
function get(obj, path, defaultValue) {
  // your code here
  return undefined;
}
