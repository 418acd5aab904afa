// Handles holes and the initial value correctly but returns undefined instead of throwing
// when there is nothing to reduce.
function myReduce(array, callback, ...rest) {
  const length = array.length;
  let i = 0;
  let accumulator = rest[0];
  if (rest.length === 0) {
    while (i < length && !(i in array)) i += 1;
    if (i === length) return undefined;
    accumulator = array[i];
    i += 1;
  }
  for (; i < length; i += 1) {
    if (i in array) accumulator = callback(accumulator, array[i], i, array);
  }
  return accumulator;
}
