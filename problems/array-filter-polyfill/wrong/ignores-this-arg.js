// Calls callback directly, so thisArg never becomes its this.
function myFilter(array, callback, thisArg) {
  const length = array.length;
  const result = [];
  for (let i = 0; i < length; i += 1) {
    if (!(i in array)) continue;
    const value = array[i];
    if (callback(value, i, array)) result.push(value);
  }
  return result;
}
