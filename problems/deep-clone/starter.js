/**
 * @param {unknown} value primitives, plain objects, arrays, Date, Map, Set (possibly circular)
 * @return {unknown} a deep copy that shares no object with value
 */
function deepClone(value) {
  // your code here
  return value;
}
