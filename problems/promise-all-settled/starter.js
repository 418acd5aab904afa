/**
 * @param {Iterable<unknown>} iterable promises, thenables or plain values
 * @return {Promise<object[]>} fulfills with { status, value } or { status, reason } per item, in input order
 */
function promiseAllSettled(iterable) {
  // your code here
  return Promise.resolve([]);
}
