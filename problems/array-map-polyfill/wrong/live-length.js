// Re-reads array.length on every iteration: elements the callback appends are visited too.
function myMap(array, callback, thisArg) {
  const result = new Array(array.length);
  for (let i = 0; i < array.length; i += 1) {
    if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  }
  return result;
}
