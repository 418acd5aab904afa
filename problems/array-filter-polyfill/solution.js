function myFilter(array, callback, thisArg) {
  const length = array.length; // read once: elements the callback appends are not visited
  const result = [];
  for (let i = 0; i < length; i += 1) {
    if (!(i in array)) continue; // a hole (or an element deleted meanwhile)
    const value = array[i]; // keep this value even if the callback overwrites array[i]
    if (callback.call(thisArg, value, i, array)) result.push(value);
  }
  return result;
}
