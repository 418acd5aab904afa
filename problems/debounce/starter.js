/**
 * @param {(...args: any[]) => void} fn
 * @param {number} wait milliseconds without calls before fn runs
 * @return {((...args: any[]) => void) & { cancel(): void }}
 */
function debounce(fn, wait) {
  // your code here
  function debounced(...args) {}
  debounced.cancel = function () {};
  return debounced;
}
