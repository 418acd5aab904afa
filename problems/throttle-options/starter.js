/**
 * @param {(...args: any[]) => void} fn
 * @param {number} wait the window length in milliseconds
 * @param {{ leading?: boolean, trailing?: boolean }} [options] both default to true
 * @return {((...args: any[]) => void) & { cancel(): void }}
 */
function throttle(fn, wait, options) {
  // your code here
  function throttled(...args) {}
  throttled.cancel = () => {};
  return throttled;
}
