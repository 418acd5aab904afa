/**
 * @param {(...args: any[]) => unknown} fn
 * @param {number} [arity=fn.length] how many arguments to collect before calling fn
 * @return {(...args: any[]) => unknown} the curried function
 */
function curry(fn, arity = fn.length) {
  // your code here
  return function curried(...args) {
    return fn(...args);
  };
}
