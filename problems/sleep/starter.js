/**
 * @param {number} ms milliseconds to wait
 * @return {Promise<void>} fulfills with undefined after ms milliseconds
 */
function sleep(ms) {
  // your code here
  return Promise.resolve();
}
