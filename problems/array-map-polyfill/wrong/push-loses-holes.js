// Skips holes correctly but builds the result with push, so every hole is squeezed out
// and the result is shorter than the input.
function myMap(array, callback, thisArg) {
  const result = [];
  const length = array.length;
  for (let i = 0; i < length; i += 1) {
    if (!(i in array)) continue;
    result.push(callback.call(thisArg, array[i], i, array));
  }
  return result;
}
