/**
 * @param {any[]} array
 * @param {(value: any, index: number, array: any[]) => unknown} callback truthy keeps the element
 * @param {unknown} thisArg the this value for callback
 * @return {any[]} a new dense array of the kept elements
 */
function myFilter(array, callback, thisArg) {
  // your code here
  return array;
}
