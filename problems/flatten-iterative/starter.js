/**
 * Flattens without recursion: the input may be nested 100,000 levels deep.
 * @param {unknown[]} array
 * @param {number} [depth=Infinity] how many levels of nested arrays to open
 * @return {unknown[]} a new, flattened array
 */
function flatten(array, depth = Infinity) {
  // your code here
  return array;
}
