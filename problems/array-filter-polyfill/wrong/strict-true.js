// Keeps an element only when the callback returns exactly true, so truthy values
// such as 1 or 'ok' are treated as a drop.
function myFilter(array, callback, thisArg) {
  const length = array.length;
  const result = [];
  for (let i = 0; i < length; i += 1) {
    if (!(i in array)) continue;
    const value = array[i];
    if (callback.call(thisArg, value, i, array) === true) result.push(value);
  }
  return result;
}
