/**
 * @param {(...args: any[]) => void} fn
 * @param {number} wait minimum milliseconds between two runs of fn
 * @return {(...args: any[]) => void}
 */
function throttle(fn, wait) {
  // your code here
  return function throttled(...args) {};
}
