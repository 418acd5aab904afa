/**
 * @param {Iterable<unknown>} iterable promises, thenables or plain values
 * @return {Promise<unknown>} settles like the first item to settle
 */
function promiseRace(iterable) {
  // your code here
  return new Promise(() => {});
}
