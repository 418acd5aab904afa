function myReduce(array, callback, initialValue) {
  const length = array.length; // read once: elements the callback appends are not visited
  let i = 0;
  let accumulator;
  // arguments.length, not === undefined: an explicit undefined is a real initial value.
  if (arguments.length >= 3) {
    accumulator = initialValue;
  } else {
    while (i < length && !(i in array)) i += 1; // skip leading holes
    if (i === length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i];
    i += 1;
  }
  for (; i < length; i += 1) {
    if (i in array) accumulator = callback(accumulator, array[i], i, array);
  }
  return accumulator;
}
