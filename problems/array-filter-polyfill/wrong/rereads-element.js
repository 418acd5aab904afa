// Pushes array[i] after the callback has run, so a callback that overwrites its element
// changes what is kept; it also re-reads the length and visits appended elements.
function myFilter(array, callback, thisArg) {
  const result = [];
  for (let i = 0; i < array.length; i += 1) {
    if (i in array && callback.call(thisArg, array[i], i, array)) result.push(array[i]);
  }
  return result;
}
