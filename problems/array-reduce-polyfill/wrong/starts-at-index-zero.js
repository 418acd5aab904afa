// Without an initial value, always starts from array[0] and index 1: leading holes give an
// undefined accumulator, and an empty array returns undefined instead of throwing.
function myReduce(array, callback, ...rest) {
  const length = array.length;
  let accumulator = rest.length > 0 ? rest[0] : array[0];
  for (let i = rest.length > 0 ? 0 : 1; i < length; i += 1) {
    if (i in array) accumulator = callback(accumulator, array[i], i, array);
  }
  return accumulator;
}
