// Keeps spreading one level until nothing is an array: it ignores depth, and it flattens
// everything it can in every pass.
function flatten(array) {
  let result = array.slice();
  while (result.some(Array.isArray)) result = [].concat(...result);
  return result;
}
