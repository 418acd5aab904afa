// for...of yields undefined for a hole, so the callback is called for holes too,
// and the iteration follows the live array (it visits appended elements).
function myMap(array, callback, thisArg) {
  const result = [];
  let i = 0;
  for (const value of array) {
    result[i] = callback.call(thisArg, value, i, array);
    i += 1;
  }
  return result;
}
