/**
 * @param {any[]} array
 * @param {(accumulator: any, value: any, index: number, array: any[]) => any} callback
 * @param {any} [initialValue] optional: leaving it out is different from passing undefined
 * @return {any} the final accumulator
 */
function myReduce(array, callback, initialValue) {
  // your code here
  return initialValue;
}
