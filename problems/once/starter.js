/**
 * @param {(...args: any[]) => any} fn
 * @return {(...args: any[]) => any} calls fn on its first call only, then returns that result
 */
function once(fn) {
  // your code here
  return fn;
}
