/**
 * @param {any[]} array
 * @param {(value: any, index: number, array: any[]) => any} callback
 * @param {unknown} thisArg the this value for callback
 * @return {any[]} a new array of callback results, with the input's holes kept
 */
function myMap(array, callback, thisArg) {
  // your code here
  return [];
}
