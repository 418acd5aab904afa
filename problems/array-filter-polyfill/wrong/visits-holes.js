// No hole check: the callback is called for holes, which then come out as undefined.
function myFilter(array, callback, thisArg) {
  const length = array.length;
  const result = [];
  for (let i = 0; i < length; i += 1) {
    const value = array[i];
    if (callback.call(thisArg, value, i, array)) result.push(value);
  }
  return result;
}
