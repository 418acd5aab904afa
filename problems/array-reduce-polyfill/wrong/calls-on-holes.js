// Forgets the hole check inside the loop: holes reach the callback as undefined.
function myReduce(array, callback, ...rest) {
  const length = array.length;
  let i = 0;
  let accumulator = rest[0];
  if (rest.length === 0) {
    while (i < length && !(i in array)) i += 1;
    if (i === length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i];
    i += 1;
  }
  for (; i < length; i += 1) accumulator = callback(accumulator, array[i], i, array);
  return accumulator;
}
