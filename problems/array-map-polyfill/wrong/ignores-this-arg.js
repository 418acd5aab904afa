// Calls callback directly, so thisArg never becomes its this.
function myMap(array, callback, thisArg) {
  const length = array.length;
  const result = new Array(length);
  for (let i = 0; i < length; i += 1) {
    if (i in array) result[i] = callback(array[i], i, array);
  }
  return result;
}
