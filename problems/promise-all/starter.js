/**
 * @param {Iterable<unknown>} iterable promises, thenables or plain values
 * @return {Promise<unknown[]>} fulfills with every value in input order, or rejects with the first reason
 */
function promiseAll(iterable) {
  // your code here
  return Promise.resolve([]);
}
