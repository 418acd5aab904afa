function myMap(array, callback, thisArg) {
  const length = array.length; // read once: elements the callback appends are not visited
  const result = new Array(length); // starts as holes, so skipped indices stay holes
  for (let i = 0; i < length; i += 1) {
    // `in` is false for a hole (or an element deleted meanwhile), true for a stored undefined.
    if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  }
  return result;
}
