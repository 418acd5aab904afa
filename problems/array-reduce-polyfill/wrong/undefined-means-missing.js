// Treats initialValue === undefined as "not passed", so an explicit undefined initial value
// is ignored (and an empty array with it throws).
function myReduce(array, callback, initialValue) {
  const length = array.length;
  let i = 0;
  let accumulator = initialValue;
  if (initialValue === undefined) {
    while (i < length && !(i in array)) i += 1;
    if (i === length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i];
    i += 1;
  }
  for (; i < length; i += 1) {
    if (i in array) accumulator = callback(accumulator, array[i], i, array);
  }
  return accumulator;
}
